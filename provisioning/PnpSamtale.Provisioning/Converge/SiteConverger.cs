using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PnpSamtale.Core.Policies;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Drives;
using PnpSamtale.SharePoint.Groups;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.Regional;
using PnpSamtale.SharePoint.RoleDefinitions;
using PnpSamtale.SharePoint.Sites;
using PnpSamtale.SharePoint.Users;
using PnpSamtale.SharePoint.Views;

namespace PnpSamtale.Provisioning.Converge;

/// <summary>
/// Makes a site what its <see cref="DesiredSite"/> says: reads what exists, computes the difference, and applies only
/// that, in batches. Items are matched by key, never by title; a second run over an unchanged site writes nothing;
/// a run stopped at any point leaves nothing the next run cannot finish, because every step is re-derived from what
/// the site holds when that run starts.
/// </summary>
public sealed class SiteConverger
{
    private readonly SiteClient sites;
    private readonly SharePointBatchExecutor batches;
    private readonly GraphBatchExecutor graphBatches;
    private readonly WireTransport transport;
    private readonly RegionalSettingsClient regional;
    private readonly SharePointOptions options;

    /// <summary>Creates the converger.</summary>
    public SiteConverger(SiteClient sites, SharePointBatchExecutor batches, GraphBatchExecutor graphBatches, WireTransport transport, RegionalSettingsClient regional, IOptions<SharePointOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.regional = regional;
        this.sites = sites;
        this.batches = batches;
        this.graphBatches = graphBatches;
        this.transport = transport;
        this.options = options.Value;
    }

    /// <summary>Reads the site and returns what converging it would change, without writing anything.</summary>
    public async Task<ConvergeReport> PlanAsync(DesiredSite desired, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desired);
        var actual = await ReadAsync(desired, cancellationToken).ConfigureAwait(false);
        return new ConvergeReport(desired.Url, Diff(desired, actual), [], Applied: false);
    }

    /// <summary>Converges the site; <paramref name="owner"/> (a UPN) owns the site collection if it has to be created.</summary>
    public async Task<ConvergeReport> ConvergeAsync(DesiredSite desired, string owner, IProgress<ConvergeProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var actual = await ReadAsync(desired, cancellationToken).ConfigureAwait(false);
        var changes = Diff(desired, actual);
        var run = new Run(this, desired, progress, cancellationToken);
        if (!actual.Exists)
        {
            progress?.Report(new ConvergeProgress(desired.Url, "oppretter nettstedet", 0, 1));
            await sites.CreateSiteAsync(new SiteCreation(desired.Title, desired.Url, owner) { Description = desired.Description, Lcid = desired.Lcid, TimeZoneId = desired.TimeZoneId }, cancellationToken).ConfigureAwait(false);
            await sites.WaitUntilReadyAsync(desired.Url, cancellationToken).ConfigureAwait(false);
            actual = await new SiteReader(batches, transport, regional).ReadAsync(desired, cancellationToken).ConfigureAwait(false);
        }

        await run.ApplyAsync(actual).ConfigureAwait(false);
        return new ConvergeReport(desired.Url, changes, run.Failures, Applied: true);
    }

    /// <summary>
    /// Re-applies the item permissions of the conversation lists of <paramref name="desired"/> for the items changed
    /// since <paramref name="changedSince"/> (all when <c>null</c>): a new holder or partner, a new status or
    /// classification. Reads two batches and writes nothing when nothing changed.
    /// </summary>
    /// <returns>The report and the number of forms looked at.</returns>
    public async Task<(ConvergeReport Report, int ItemsChecked)> ReconcileAsync(
        DesiredSite desired, DateTimeOffset? changedSince, IProgress<ConvergeProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desired);
        var actual = await new SiteReader(batches, transport, regional).ReadAsync(desired, cancellationToken, changedSince).ConfigureAwait(false);
        var run = new Run(this, desired, progress, cancellationToken);
        var operations = await run.ReconcileAsync(actual).ConfigureAwait(false);
        var checkedItems = desired.Lists.Where(l => l.Blueprint.Role == ListRole.Forms).Sum(l => actual.Lists.TryGetValue(l.Title, out var state) ? state.Items.Count : 0);
        return (new ConvergeReport(desired.Url, [new ArtefactChange(desired.Url, "tillatelser på elementer", 0, operations, checkedItems)], run.Failures, Applied: true), checkedItems);
    }

    private async Task<ActualSite> ReadAsync(DesiredSite desired, CancellationToken cancellationToken)
    {
        switch (await sites.GetStateAsync(desired.Url, cancellationToken).ConfigureAwait(false))
        {
            case SiteState.Missing:
                return ActualSite.Missing;
            case SiteState.Provisioning:
                await sites.WaitUntilReadyAsync(desired.Url, cancellationToken).ConfigureAwait(false);
                break;
            case SiteState.Failed:
                throw new InvalidOperationException($"SharePoint reports that creating {desired.Url} failed; delete the failed site collection in the SharePoint admin center and run again.");
        }

        return await new SiteReader(batches, transport, regional).ReadAsync(desired, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The change counts per artefact between the desired and the actual state.</summary>
    private static List<ArtefactChange> Diff(DesiredSite desired, ActualSite actual)
    {
        var url = desired.Url;
        var changes = new List<ArtefactChange> { new(url, "nettsted", actual.Exists ? 0 : 1, 0, actual.Exists ? 1 : 0) };
        var missingGroups = desired.Groups.Count(g => !actual.Groups.ContainsKey(g.Title));
        changes.Add(new(url, "grupper", missingGroups, 0, desired.Groups.Count - missingGroups));
        int add = 0, remove = 0, keep = 0;
        foreach (var group in desired.Groups)
        {
            var members = actual.Groups.TryGetValue(group.Title, out var id) ? actual.GroupMembers.GetValueOrDefault(id) ?? [] : [];
            add += group.Members.Count(m => !members.Contains(m));
            keep += group.Members.Count(members.Contains);
            remove += members.Count(m => !group.Members.Contains(m, StringComparer.OrdinalIgnoreCase));
        }

        // A member who should no longer be in a group counts as an update of the group's membership.
        changes.Add(new(url, "gruppemedlemskap", add, remove, keep));
        var missingLists = desired.Lists.Count(l => !actual.Lists.ContainsKey(l.Title));
        changes.Add(new(url, "lister og biblioteker", missingLists, 0, desired.Lists.Count - missingLists));
        foreach (var list in desired.Lists)
        {
            actual.Lists.TryGetValue(list.Title, out var state);
            var existing = state?.Items ?? [];
            var byKey = Index(existing, list.KeyField);
            var entries = list.Items.Concat(list.Files.Select(f => f.Item)).ToArray();
            var create = entries.Count(e => !byKey.ContainsKey(e.Key));
            var update = entries.Count(e => byKey.TryGetValue(e.Key, out var item) && ValuesToWrite(list, e, item, actual).Count > 0);
            var noun = list.Files.Count > 0 ? "filer" : "elementer";
            if (entries.Length > 0)
            {
                changes.Add(new(url, $"{noun} i {list.Title}", create, update, entries.Length - create - update));
            }
        }

        return changes;
    }

    private static Dictionary<string, ActualItem> Index(IEnumerable<ActualItem> items, string keyField)
    {
        var index = new Dictionary<string, ActualItem>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.Text(keyField) is { Length: > 0 } key)
            {
                index.TryAdd(key, item);
            }
        }

        return index;
    }

    /// <summary>The owned values that differ, and the initial values whose field is still empty.</summary>
    private static List<FormValue> ValuesToWrite(DesiredList list, DesiredItem desired, ActualItem item, ActualSite actual)
    {
        var kinds = Kinds(list);
        var write = desired.Owned.Where(v => !ValueComparer.Same(item, v, KindOf(kinds, v.FieldName), actual.Users, actual.Regional!)).ToList();
        write.AddRange(desired.Initial.Where(v => ValueComparer.IsEmpty(item, v.FieldName, KindOf(kinds, v.FieldName))));
        return write;
    }

    private static Dictionary<string, ColumnKind> Kinds(DesiredList list) =>
        list.Blueprint.Columns.ToDictionary(c => c.Definition.Name, c => c.Definition.Kind, StringComparer.Ordinal);

    private static ColumnKind KindOf(Dictionary<string, ColumnKind> kinds, string field) =>
        kinds.TryGetValue(field, out var kind) ? kind : ColumnKind.Text;

    /// <summary>One application of a desired state: the phases, in dependency order.</summary>
    private sealed class Run(SiteConverger owner, DesiredSite desired, IProgress<ConvergeProgress>? progress, CancellationToken cancellationToken)
    {
        private readonly Uri site = desired.Url;
        private readonly Dictionary<DesiredList, List<(DesiredItem Item, int Id)>> added = [];

        public List<ConvergeFailure> Failures { get; } = [];

        public async Task ApplyAsync(ActualSite actual)
        {
            // 1. People and groups (their ids are needed by everything after), and the lists (Graph, one request for up to 20).
            var first = new List<PendingOperation>();
            foreach (var upn in desired.Grantees.Where(p => !actual.Users.ContainsKey(p)))
            {
                first.Add(new(SiteUserRequests.EnsureUser(site, upn), $"bruker {upn}", r => actual.Users[upn] = SiteReader.Json(r).GetProperty("Id").GetInt32()));
            }

            foreach (var group in desired.Groups.Where(g => !actual.Groups.ContainsKey(g.Title)))
            {
                first.Add(new(SiteGroupRequests.Create(site, group.Title, group.Description), $"gruppen {group.Title}", r =>
                {
                    var id = SiteReader.Json(r).GetProperty("Id").GetInt32();
                    actual.Groups[group.Title] = id;
                    actual.GroupMembers[id] = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    actual.GroupMemberIds[id] = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                }));
            }

            await RunAsync("brukere og grupper", first).ConfigureAwait(false);
            await CreateListsAsync(actual).ConfigureAwait(false);

            // 2. Everything that needs only those ids: members, web and list permissions, formatting, views, items,
            //    metadata and permissions of the items and files that exist.
            var second = new List<PendingOperation>();
            second.AddRange(GroupMembers(actual));
            second.AddRange(ScopeGrants(SecurableScope.Web(site), "nettstedet", actual.Web, desired.WebPermissions, actual, manageOnlyGroups: true));
            foreach (var list in desired.Lists)
            {
                if (!actual.Lists.TryGetValue(list.Title, out var state))
                {
                    continue;
                }

                second.AddRange(Formatters(list, state));
                second.AddRange(Views(list, state));
                if (list.Blueprint.Permissions is { } grants)
                {
                    second.AddRange(ScopeGrants(SecurableScope.List(site, state.Id), list.Title, state.Scope, grants, actual, manageOnlyGroups: false));
                }

                second.AddRange(Items(list, state, actual));
            }

            second.AddRange(ItemPermissions(actual, onlyNew: false));
            await RunAsync("lister, elementer og tillatelser", second).ConfigureAwait(false);

            // 3. Files (Graph $batch, 20 per request), then their metadata and permissions once their ids are known.
            var uploaded = await UploadFilesAsync(actual).ConfigureAwait(false);
            foreach (var list in uploaded)
            {
                await new SiteReader(owner.batches, owner.transport, owner.regional).ReadItemsAsync(site, list, actual.Lists[list.Title], cancellationToken).ConfigureAwait(false);
            }

            var third = new List<PendingOperation>();
            foreach (var list in uploaded)
            {
                third.AddRange(Items(list, actual.Lists[list.Title], actual));
            }

            third.AddRange(ItemPermissions(actual, onlyNew: true, uploaded));
            await RunAsync("skjema: metadata og tillatelser", third).ConfigureAwait(false);
        }

        public async Task<int> ReconcileAsync(ActualSite actual)
        {
            var operations = ItemPermissions(actual, onlyNew: false);
            await RunAsync("tillatelser på elementer", operations).ConfigureAwait(false);
            return operations.Count;
        }

        private async Task CreateListsAsync(ActualSite actual)
        {
            var missing = desired.Lists.Where(l => !actual.Lists.ContainsKey(l.Title)).ToArray();
            if (missing.Length == 0)
            {
                return;
            }

            var graphSite = actual.GraphSiteId!;
            var operations = missing.Select((l, i) => new GraphBatchOperation(
                (i + 1).ToString(CultureInfo.InvariantCulture), GraphListRequests.Create(owner.options.GraphBaseUrl, graphSite, l.Blueprint.ToDefinition()))).ToArray();
            progress?.Report(new ConvergeProgress(site, "lister og biblioteker", 0, missing.Length));
            var responses = await owner.graphBatches.ExecuteAsync(operations, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < missing.Length; i++)
            {
                if (responses[i].ToError() is { } error)
                {
                    Failures.Add(new ConvergeFailure($"listen {missing[i].Title}", error.ToString()));
                    continue;
                }

                var id = Guid.Parse(SiteReader.Json(responses[i]).GetProperty("id").GetString()!);
                var state = new ActualList(id);
                foreach (var column in missing[i].Blueprint.Columns)
                {
                    state.FieldNames.Add(column.Definition.Name);
                    state.Formatters[column.Definition.Name] = null;
                }

                actual.Lists[missing[i].Title] = state;
            }

            progress?.Report(new ConvergeProgress(site, "lister og biblioteker", missing.Length, missing.Length));
        }

        private IEnumerable<PendingOperation> GroupMembers(ActualSite actual)
        {
            foreach (var group in desired.Groups)
            {
                if (!actual.Groups.TryGetValue(group.Title, out var id))
                {
                    continue;
                }

                var members = actual.GroupMembers.GetValueOrDefault(id) ?? [];
                foreach (var upn in group.Members.Where(m => !members.Contains(m)))
                {
                    yield return new(SiteGroupRequests.AddMember(site, id, upn), $"{upn} i {group.Title}");
                }

                var ids = actual.GroupMemberIds.GetValueOrDefault(id) ?? [];
                foreach (var upn in members.Where(m => !group.Members.Contains(m, StringComparer.OrdinalIgnoreCase)))
                {
                    yield return new(SiteGroupRequests.RemoveMember(site, id, ids[upn]), $"{upn} ut av {group.Title}");
                }
            }
        }

        /// <summary>
        /// The grants of a web or list scope by role group. On the web only the blueprint's groups are managed (the
        /// site's own default groups are left alone); a list with its own permissions has exactly the grants asked for.
        /// </summary>
        private List<PendingOperation> ScopeGrants(
            SecurableScope scope, string name, ScopeState state, IReadOnlyDictionary<RoleGroup, RoleTypeKind> grants, ActualSite actual, bool manageOnlyGroups)
        {
            var want = new Dictionary<int, HashSet<int>>();
            foreach (var (key, kind) in grants)
            {
                if (desired.Groups.FirstOrDefault(g => g.Key == key) is { } group && actual.Groups.TryGetValue(group.Title, out var groupId))
                {
                    want.GetOrAdd(groupId).Add(RoleId(actual, kind));
                }
            }

            var ours = desired.Groups.Select(g => actual.Groups.GetValueOrDefault(g.Title)).Where(id => id != 0).ToHashSet();
            var operations = new List<PendingOperation>();
            PendingOperation? broken = null;
            if (!state.HasUnique)
            {
                broken = new(PermissionRequests.BreakInheritance(scope, copyRoleAssignments: false, clearSubscopes: false), $"egne tillatelser på {name}");
                operations.Add(broken);
                state = new ScopeState(true, []);
            }

            operations.AddRange(AssignmentChanges(scope, name, state.Assignments, want, actual, principal => !manageOnlyGroups || ours.Contains(principal))
                .Select(o => o with { After = broken }));
            return operations;
        }

        private static IEnumerable<PendingOperation> AssignmentChanges(
            SecurableScope scope, string name, IReadOnlyList<RoleAssignment> current, Dictionary<int, HashSet<int>> want, ActualSite actual, Func<int, bool> managed)
        {
            var have = current
                .Where(a => !string.Equals(a.Member.LoginName, actual.AppLoginName, StringComparison.OrdinalIgnoreCase) && managed(a.PrincipalId))
                .GroupBy(a => a.PrincipalId)
                .ToDictionary(g => g.Key, g => g.SelectMany(a => a.RoleDefinitionBindings.Select(r => r.Id)).ToHashSet());
            foreach (var (principal, roles) in want)
            {
                foreach (var role in roles.Where(r => !have.TryGetValue(principal, out var held) || !held.Contains(r)))
                {
                    yield return new(PermissionRequests.AddRoleAssignment(scope, principal, role), $"tilgang på {name}");
                }
            }

            var limitedAccess = actual.RoleDefinitions.GetValueOrDefault((int)RoleTypeKind.Guest);
            foreach (var (principal, roles) in have)
            {
                foreach (var role in roles.Where(r => r != limitedAccess && (!want.TryGetValue(principal, out var wanted) || !wanted.Contains(r))))
                {
                    yield return new(PermissionRequests.RemoveRoleAssignment(scope, principal, role), $"tilgang på {name}");
                }
            }
        }

        private IEnumerable<PendingOperation> Formatters(DesiredList list, ActualList state)
        {
            foreach (var column in list.Blueprint.Columns.Where(c => c.Formatter is not null))
            {
                if (state.Formatters.GetValueOrDefault(column.Definition.Name) != column.Formatter)
                {
                    yield return new(FieldRequests.SetCustomFormatter(site, state.Id, column.Definition.Name, column.Formatter!), $"formatering av {list.Title}.{column.Definition.Name}");
                }
            }
        }

        private IEnumerable<PendingOperation> Views(DesiredList list, ActualList state)
        {
            foreach (var view in list.Blueprint.Views)
            {
                var existing = state.Views.Where(v => string.Equals(v.Title, view.Title, StringComparison.Ordinal)).ToArray();
                if (existing.Length == 1 && existing[0].Fields.SequenceEqual(view.Fields, StringComparer.Ordinal) && existing[0].Query == view.Query && existing[0].RowLimit == view.RowLimit)
                {
                    continue;
                }

                foreach (var stale in existing)
                {
                    yield return new(ViewRequests.Delete(site, state.Id, stale.Id), $"visningen {list.Title}/{view.Title}");
                }

                yield return new(ViewRequests.Add(site, state.Id, new ViewDefinition(view.Title, view.Fields, view.Query, view.RowLimit)), $"visningen {list.Title}/{view.Title}");
            }
        }

        private IEnumerable<PendingOperation> Items(DesiredList list, ActualList state, ActualSite actual)
        {
            var byKey = Index(state.Items, list.KeyField);
            var isLibrary = list.Blueprint.Template == ListTemplate.DocumentLibrary;
            foreach (var entry in list.Items.Concat(list.Files.Select(f => f.Item)))
            {
                var artefact = $"{list.Title}: {entry.Key}";
                if (byKey.TryGetValue(entry.Key, out var item))
                {
                    var write = ValuesToWrite(list, entry, item, actual);
                    if (write.Count > 0)
                    {
                        yield return new(ItemRequests.Update(site, state.Id, item.Id, write, actual.Regional!), artefact, r => CheckFields(r, artefact));
                    }
                }
                else if (!isLibrary)
                {
                    var current = entry;
                    yield return new(ItemRequests.Add(site, state.Id, [.. entry.Owned, .. entry.Initial], actual.Regional!), artefact, r =>
                    {
                        if (CheckFields(r, artefact) is { } id)
                        {
                            added.GetOrAdd(list).Add((current, id));
                        }
                    });
                }
            }
        }

        private int? CheckFields(WireResponse response, string artefact)
        {
            var result = ItemResponses.WriteResult(response);
            if (result.Errors.Count > 0)
            {
                Failures.Add(new ConvergeFailure(artefact, string.Join("; ", result.Errors.Select(e => $"{e.FieldName}: {e.ErrorMessage}"))));
                return null;
            }

            return result.ItemId;
        }

        /// <summary>
        /// Item-level permissions of lists whose items carry their conversation's: holder and partner, and the
        /// custodians group where the policy allows, nobody else. With <paramref name="onlyNew"/>, only items added in
        /// this run and files in <paramref name="uploaded"/> lists that were just uploaded.
        /// </summary>
        private List<PendingOperation> ItemPermissions(ActualSite actual, bool onlyNew, IReadOnlyList<DesiredList>? uploaded = null)
        {
            var operations = new List<PendingOperation>();
            var forms = desired.Lists.FirstOrDefault(l => l.Blueprint.Role == ListRole.Forms);
            var formFacts = forms is not null && actual.Lists.TryGetValue(forms.Title, out var formState)
                ? Facts(forms, formState, actual)
                : new Dictionary<string, ItemFacts>(StringComparer.Ordinal);
            foreach (var list in desired.Lists.Where(l => l.ItemAccess is not null))
            {
                if (!actual.Lists.TryGetValue(list.Title, out var state))
                {
                    continue;
                }

                var facts = list.Blueprint.Role == ListRole.Forms ? formFacts : Facts(list, state, actual);
                var newIds = added.GetValueOrDefault(list)?.Select(a => a.Id).ToHashSet() ?? [];
                var justUploaded = uploaded?.Contains(list) == true;
                var desiredByKey = list.Items.Concat(list.Files.Select(f => f.Item)).ToDictionary(i => i.Key, StringComparer.Ordinal);
                foreach (var item in state.Items)
                {
                    var isNew = newIds.Contains(item.Id) || justUploaded;
                    if (onlyNew != isNew || ConversationKeyOf(item, list, desiredByKey) is not { } key || !facts.TryGetValue(key, out var own))
                    {
                        continue;
                    }

                    // Measures follow their conversation's form; without a form, their own holder and partner.
                    var decisive = list.Blueprint.Role == ListRole.Forms ? own : formFacts.GetValueOrDefault(key) ?? own;
                    operations.AddRange(ItemGrants(list, state, item, decisive, actual));
                }

                foreach (var (entry, id) in added.GetValueOrDefault(list) ?? [])
                {
                    if (!onlyNew || entry.Owned.FirstOrDefault(v => v.FieldName == Fields.ConversationKey)?.FieldValue is not { } key)
                    {
                        continue;
                    }

                    var own = ItemFacts.FromDesired(entry, actual.Users);
                    var decisive = formFacts.GetValueOrDefault(key) ?? own;
                    operations.AddRange(ItemGrants(list, state, ActualItem.Added(id), decisive, actual));
                }
            }

            return operations;
        }

        private IEnumerable<PendingOperation> ItemGrants(DesiredList list, ActualList state, ActualItem item, ItemFacts facts, ActualSite actual)
        {
            var access = list.ItemAccess!.For(facts.Status, facts.Classification);
            var want = new Dictionary<int, HashSet<int>>();
            var pairRole = access.Pair == AccessLevel.Edit ? RoleTypeKind.Contributor : RoleTypeKind.Reader;
            foreach (var person in new[] { facts.HolderId, facts.PartnerId })
            {
                if (person is { } id && access.Pair != AccessLevel.None)
                {
                    want.GetOrAdd(id).Add(RoleId(actual, pairRole));
                }
            }

            if (access.Custodians != AccessLevel.None && desired.Groups.FirstOrDefault(g => g.Key == RoleGroup.Custodians) is { } custodians
                && actual.Groups.TryGetValue(custodians.Title, out var custodiansId))
            {
                want.GetOrAdd(custodiansId).Add(RoleId(actual, access.Custodians == AccessLevel.Edit ? RoleTypeKind.Contributor : RoleTypeKind.Reader));
            }

            var scope = SecurableScope.Item(site, state.Id, item.Id);
            var name = $"{list.Title}: {item.Text(Fields.ConversationKey) ?? item.Id.ToString(CultureInfo.InvariantCulture)}";
            var current = item.Assignments;
            PendingOperation? broken = null;
            if (!item.HasUnique)
            {
                broken = new(PermissionRequests.BreakInheritance(scope, copyRoleAssignments: false, clearSubscopes: true), $"egne tillatelser på {name}");
                yield return broken;
                current = [];
            }

            foreach (var operation in AssignmentChanges(scope, name, current, want, actual, _ => true))
            {
                yield return operation with { After = broken };
            }
        }

        /// <summary>The item's conversation key, or, for a file not yet described, the one its metadata will carry.</summary>
        private static string? ConversationKeyOf(ActualItem item, DesiredList list, Dictionary<string, DesiredItem> desiredByKey) =>
            item.Text(Fields.ConversationKey) is { Length: > 0 } key
                ? key
                : item.Text(list.KeyField) is { } itemKey && desiredByKey.TryGetValue(itemKey, out var pending)
                    ? pending.Owned.FirstOrDefault(v => v.FieldName == Fields.ConversationKey)?.FieldValue
                    : null;

        private static Dictionary<string, ItemFacts> Facts(DesiredList list, ActualList state, ActualSite actual)
        {
            var desiredByKey = list.Items.Concat(list.Files.Select(f => f.Item)).ToDictionary(i => i.Key, StringComparer.Ordinal);
            var facts = new Dictionary<string, ItemFacts>(StringComparer.Ordinal);
            foreach (var item in state.Items)
            {
                if (item.Text(Fields.ConversationKey) is not { Length: > 0 } key)
                {
                    // A file uploaded but not yet described: its desired metadata stands in until written.
                    if (item.Text(list.KeyField) is { } fileKey && desiredByKey.TryGetValue(fileKey, out var pending)
                        && pending.Owned.FirstOrDefault(v => v.FieldName == Fields.ConversationKey)?.FieldValue is { } pendingKey)
                    {
                        facts.TryAdd(pendingKey, ItemFacts.FromDesired(pending, actual.Users));
                    }

                    continue;
                }

                var desiredItem = item.Text(list.KeyField) is { } k ? desiredByKey.GetValueOrDefault(k) : null;
                facts.TryAdd(key, ItemFacts.From(item, desiredItem, actual.Users));
            }

            return facts;
        }

        private static int RoleId(ActualSite actual, RoleTypeKind kind) =>
            actual.RoleDefinitions.TryGetValue((int)kind, out var id)
                ? id
                : throw new InvalidOperationException($"The site has no role definition of type {kind}.");

        private async Task<List<DesiredList>> UploadFilesAsync(ActualSite actual)
        {
            var uploads = new List<(DesiredList List, DesiredFile File)>();
            foreach (var list in desired.Lists.Where(l => l.Files.Count > 0))
            {
                if (!actual.Lists.TryGetValue(list.Title, out var state))
                {
                    continue;
                }

                var present = state.Items.Select(i => i.Text(Fields.FileName)).ToHashSet(StringComparer.OrdinalIgnoreCase);
                uploads.AddRange(list.Files.Where(f => !present.Contains(f.FileName)).Select(f => (list, f)));
            }

            if (uploads.Count == 0)
            {
                return [];
            }

            var graphSite = actual.GraphSiteId!;
            var chunk = owner.options.GraphBatchSize;
            for (var start = 0; start < uploads.Count; start += chunk)
            {
                var slice = uploads.Skip(start).Take(chunk).ToArray();
                var operations = slice.Select((u, i) => new GraphBatchOperation(
                    (i + 1).ToString(CultureInfo.InvariantCulture),
                    DriveRequests.Upload(owner.options.GraphBaseUrl, graphSite, actual.Lists[u.List.Title].Id, u.File.FileName, u.File.Content()))).ToArray();
                var responses = await owner.graphBatches.ExecuteAsync(operations, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < slice.Length; i++)
                {
                    if (responses[i].ToError() is { } error)
                    {
                        Failures.Add(new ConvergeFailure($"{slice[i].List.Title}: {slice[i].File.FileName}", error.ToString()));
                    }
                }

                progress?.Report(new ConvergeProgress(site, "laster opp skjema", start + slice.Length, uploads.Count));
            }

            return [.. uploads.Select(u => u.List).Distinct()];
        }

        private async Task RunAsync(string step, List<PendingOperation> operations)
        {
            var size = owner.options.MaxBatchOperations;
            var succeeded = new HashSet<PendingOperation>(ReferenceEqualityComparer.Instance);
            var waiting = new List<PendingOperation>();
            for (var start = 0; start < operations.Count; start += size)
            {
                var slice = operations.Skip(start).Take(size).ToArray();
                await SendAsync(slice, succeeded, waiting).ConfigureAwait(false);
                progress?.Report(new ConvergeProgress(site, step, start + slice.Length, operations.Count));
            }

            // Operations of a batch run in order, but a throttled operation is re-sent after the others: what needed it
            // (a grant after its breakroleinheritance) failed and goes again now that it has succeeded.
            for (var round = 0; round < 3 && waiting.Count > 0; round++)
            {
                var again = waiting.Where(o => succeeded.Contains(o.After!)).ToArray();
                waiting.Clear();
                for (var start = 0; start < again.Length; start += size)
                {
                    await SendAsync([.. again.Skip(start).Take(size)], succeeded, waiting).ConfigureAwait(false);
                }
            }

            foreach (var operation in waiting)
            {
                Failures.Add(new ConvergeFailure(operation.Artefact, operation.LastError ?? "not applied"));
            }
        }

        private async Task SendAsync(PendingOperation[] slice, HashSet<PendingOperation> succeeded, List<PendingOperation> waiting)
        {
            var responses = await owner.batches.ExecuteAsync(site, [.. slice.Select(o => o.Request)], cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < slice.Length; i++)
            {
                if (responses[i].ToError() is { } error)
                {
                    // A 400 from an operation whose prerequisite is in this run: it may have run before that one
                    // succeeded (re-sent after throttling). It waits; it goes again once the prerequisite has succeeded.
                    if (slice[i].After is not null && error.Status == System.Net.HttpStatusCode.BadRequest)
                    {
                        slice[i].LastError = error.ToString();
                        waiting.Add(slice[i]);
                    }
                    else
                    {
                        Failures.Add(new ConvergeFailure(slice[i].Artefact, error.ToString()));
                    }
                }
                else
                {
                    succeeded.Add(slice[i]);
                    slice[i].OnSuccess?.Invoke(responses[i]);
                }
            }
        }
    }

    /// <summary>What decides a conversation item's permissions.</summary>
    private sealed record ItemFacts(string? Status, string? Classification, int? HolderId, int? PartnerId)
    {
        /// <summary>From an item as read, with its desired initial values standing in for fields still empty.</summary>
        public static ItemFacts From(ActualItem item, DesiredItem? desired, IReadOnlyDictionary<string, int> users)
        {
            var fallback = desired is null ? null : FromDesired(desired, users);
            return new ItemFacts(
                item.Text(Fields.FormStatus) is { Length: > 0 } status ? status : fallback?.Status,
                item.Text(Fields.Classification) is { Length: > 0 } classification ? classification : fallback?.Classification,
                item.UserId(Fields.Holder) ?? fallback?.HolderId,
                item.UserId(Fields.Partner) ?? fallback?.PartnerId);
        }

        public static ItemFacts FromDesired(DesiredItem desired, IReadOnlyDictionary<string, int> users)
        {
            var values = desired.Owned.Concat(desired.Initial).ToDictionary(v => v.FieldName, v => v.FieldValue, StringComparer.Ordinal);
            return new ItemFacts(
                values.GetValueOrDefault(Fields.FormStatus),
                values.GetValueOrDefault(Fields.Classification),
                Person(Fields.Holder),
                Person(Fields.Partner));

            int? Person(string field) =>
                values.TryGetValue(field, out var value) && users.TryGetValue(PersonValues.Upn(value), out var id) ? id : null;
        }
    }
}

/// <summary>Small dictionary helper.</summary>
internal static class DictionaryExtensions
{
    public static TValue GetOrAdd<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key)
        where TKey : notnull
        where TValue : new()
    {
        if (!dictionary.TryGetValue(key, out var value))
        {
            value = new TValue();
            dictionary[key] = value;
        }

        return value;
    }
}
