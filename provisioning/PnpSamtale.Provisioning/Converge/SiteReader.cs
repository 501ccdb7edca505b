using System.Text.Json;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Batching;
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
/// Reads what a site holds, in as few requests as batching allows: one <c>$batch</c> for users, groups, role
/// definitions, lists and the web's permissions, one for everything of the lists and groups found (fields, views,
/// permissions, items with their role assignments), plus the next pages of lists with more than 5,000 items.
/// </summary>
internal sealed class SiteReader(SharePointBatchExecutor batches, WireTransport transport, RegionalSettingsClient regional)
{
    /// <summary>Items per page; the most SharePoint returns.</summary>
    public const int PageSize = 5000;

    public async Task<ActualSite> ReadAsync(DesiredSite desired, CancellationToken cancellationToken, DateTimeOffset? changedSince = null)
    {
        var site = desired.Url;
        var actual = new ActualSite();
        var forms = desired.Lists.FirstOrDefault(l => l.Blueprint.Role == Blueprints.ListRole.Forms);
        var windowed = changedSince is not null ? forms : null;
        var first = await batches.ExecuteAsync(site,
        [
            SiteUserRequests.CurrentUser(site),
            SiteUserRequests.SiteUsers(site),
            SiteGroupRequests.List(site),
            RoleDefinitionRequests.All(site),
            ListRequests.GetAll(site),
            PermissionRequests.GetRoleAssignments(SecurableScope.Web(site)),
            SiteRequests.GetSite(site),
            SiteRequests.GetWeb(site),
            RegionalSettingsRequests.Get(site),
            .. windowed is null ? Array.Empty<WireRequest>() : [ItemRequests.LastIdByTitle(site, windowed.Title)],
        ], cancellationToken).ConfigureAwait(false);
        foreach (var response in first)
        {
            response.EnsureSuccess();
        }

        actual.AppLoginName = Json(first[0]).GetProperty("LoginName").GetString();
        actual.Regional = regional.Remember(site, RegionalSettingsResponses.Read(site, first[8]));
        foreach (var user in Values(first[1]))
        {
            if (Upn(user) is { } upn)
            {
                actual.Users[upn] = user.GetProperty("Id").GetInt32();
            }
        }

        foreach (var group in Values(first[2]))
        {
            actual.Groups[group.GetProperty("Title").GetString()!] = group.GetProperty("Id").GetInt32();
        }

        foreach (var definition in Values(first[3]))
        {
            actual.RoleDefinitions[definition.GetProperty("RoleTypeKind").GetInt32()] = definition.GetProperty("Id").GetInt32();
        }

        var lists = Values(first[4]).ToDictionary(l => l.GetProperty("Title").GetString()!, l => l.GetProperty("Id").GetGuid(), StringComparer.OrdinalIgnoreCase);
        actual.Web = new ScopeState(true, RoleAssignmentJson.Read(first[5]));

        // Graph's composite site id is {hostname},{site collection id},{web id}: no Graph lookup needed.
        actual.GraphSiteId = $"{site.Host},{Json(first[6]).GetProperty("Id").GetString()},{Json(first[7]).GetProperty("Id").GetString()}";

        // Second round: everything about the groups and lists that exist.
        var reads = new List<(WireRequest Request, Action<WireResponse> Read)>();
        foreach (var group in desired.Groups)
        {
            if (actual.Groups.TryGetValue(group.Title, out var groupId))
            {
                reads.Add((SiteGroupRequests.ListMembers(site, groupId), response =>
                {
                    var members = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                    foreach (var user in Values(response))
                    {
                        if (Upn(user) is { } upn)
                        {
                            members.Add(upn);
                            ids[upn] = user.GetProperty("Id").GetInt32();
                        }
                    }

                    actual.GroupMembers[groupId] = members;
                    actual.GroupMemberIds[groupId] = ids;
                }));
            }
        }

        var pages = new List<(ActualList List, Uri Next, ItemQuery Query)>();
        foreach (var list in desired.Lists)
        {
            if (!lists.TryGetValue(list.Title, out var listId))
            {
                continue;
            }

            var state = new ActualList(listId) { FieldsKnown = true };
            actual.Lists[list.Title] = state;
            var scope = SecurableScope.List(site, listId);
            reads.Add((ListRequests.GetFields(site, listId), response =>
            {
                foreach (var field in Values(response))
                {
                    var name = field.GetProperty("InternalName").GetString()!;
                    state.FieldNames.Add(name);
                    state.Formatters[name] = field.TryGetProperty("CustomFormatter", out var formatter) && formatter.ValueKind == JsonValueKind.String ? formatter.GetString() : null;
                }
            }));
            reads.Add((ViewRequests.List(site, listId), response =>
            {
                foreach (var view in Values(response))
                {
                    var fields = view.TryGetProperty("ViewFields", out var viewFields) && viewFields.TryGetProperty("Items", out var items)
                        ? items.EnumerateArray().Select(i => i.GetString()!).ToArray()
                        : [];
                    state.Views.Add(new ActualView(
                        view.GetProperty("Id").GetGuid(),
                        view.GetProperty("Title").GetString()!,
                        fields,
                        view.TryGetProperty("ViewQuery", out var query) ? query.GetString() ?? string.Empty : string.Empty,
                        view.TryGetProperty("RowLimit", out var limit) && limit.ValueKind == JsonValueKind.Number ? limit.GetInt32() : 30));
                }
            }));
            if (list.Blueprint.Permissions is not null)
            {
                reads.Add((PermissionRequests.GetHasUniqueRoleAssignments(scope), response =>
                    state.Scope = state.Scope with { HasUnique = Json(response).GetProperty("HasUniqueRoleAssignments").GetBoolean() }));
                reads.Add((PermissionRequests.GetRoleAssignments(scope), response =>
                    state.Scope = state.Scope with { Assignments = RoleAssignmentJson.Read(response) }));
            }

            // A filter on Modified (not indexed) runs on a large library only inside id windows.
            var query = ItemQueryFor(list, list == windowed ? changedSince : null);
            var windows = list == windowed ? query.Windows(ItemResponses.LastId(first[9])) : [query];
            foreach (var window in windows)
            {
                reads.Add((ItemRequests.Query(site, listId, window), response =>
                {
                    var next = ReadPage(response, state, window);
                    if (next is not null)
                    {
                        pages.Add((state, next, window));
                    }
                }));
            }
        }

        var answers = await batches.ExecuteAsync(site, [.. reads.Select(r => r.Request)], cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < answers.Count; i++)
        {
            answers[i].EnsureSuccess();
            reads[i].Read(answers[i]);
        }

        foreach (var (state, next, query) in pages)
        {
            await ReadRemainingPagesAsync(state, next, query, cancellationToken).ConfigureAwait(false);
        }

        return actual;
    }

    /// <summary>Reads the items of one list again (after files were uploaded), all pages.</summary>
    public async Task ReadItemsAsync(Uri site, DesiredList list, ActualList state, CancellationToken cancellationToken)
    {
        state.Items.Clear();
        var query = ItemQueryFor(list);
        var response = await transport.SendCheckedAsync(ItemRequests.Query(site, state.Id, query), cancellationToken).ConfigureAwait(false);
        if (ReadPage(response, state, query) is { } next)
        {
            await ReadRemainingPagesAsync(state, next, query, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The columns the provisioner compares, and the role assignments where items carry their own; with
    /// <paramref name="changedSince"/>, only items modified since then (forms, for <c>Reconcile</c>: measures are
    /// always read whole, as they follow their form).
    /// </summary>
    public static ItemQuery ItemQueryFor(DesiredList list, DateTimeOffset? changedSince = null)
    {
        var filter = changedSince is { } since
            ? "Modified ge datetime'" + since.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) + "'"
            : null;
        var kinds = list.Blueprint.Columns.ToDictionary(c => c.Definition.Name, c => c.Definition.Kind, StringComparer.Ordinal);
        var fields = new List<string> { "Id", list.KeyField };
        if (list.Blueprint.Template == ListTemplate.DocumentLibrary && list.KeyField != Blueprints.Fields.FileName)
        {
            fields.Add(Blueprints.Fields.FileName);
        }

        var managed = list.Items.Concat(list.Files.Select(f => f.Item)).SelectMany(i => i.Owned.Concat(i.Initial)).Select(v => v.FieldName);
        var access = list.ItemAccess is null
            ? []
            : new[] { Blueprints.Fields.ConversationKey, Blueprints.Fields.Holder, Blueprints.Fields.Partner, Blueprints.Fields.FormStatus, Blueprints.Fields.Classification };
        foreach (var name in managed.Concat(access).Distinct(StringComparer.Ordinal))
        {
            var read = ValueComparer.ReadName(name, kinds.TryGetValue(name, out var kind) ? kind : ColumnKind.Text);
            if (!fields.Contains(read, StringComparer.Ordinal) && (kinds.ContainsKey(name) || name == Blueprints.Fields.Title))
            {
                fields.Add(read);
            }
        }

        if (list.ItemAccess is null)
        {
            return new ItemQuery(fields, filter, PageSize);
        }

        fields.Add("HasUniqueRoleAssignments");
        return new ItemQuery(fields, filter, PageSize, ItemQuery.RoleAssignmentsExpansion);
    }

    private async Task ReadRemainingPagesAsync(ActualList state, Uri next, ItemQuery query, CancellationToken cancellationToken)
    {
        for (Uri? link = next; link is not null;)
        {
            var response = await transport.SendCheckedAsync(ItemRequests.NextPage(link), cancellationToken).ConfigureAwait(false);
            link = ReadPage(response, state, query);
        }
    }

    private static Uri? ReadPage(WireResponse response, ActualList state, ItemQuery query)
    {
        response.EnsureSuccess();
        var page = ItemResponses.Page(response, query);
        state.Items.AddRange(page.Items.Select(i => new ActualItem(i)));
        return page.NextLink;
    }

    private static string? Upn(JsonElement user)
    {
        if (user.TryGetProperty("UserPrincipalName", out var upn) && upn.GetString() is { Length: > 0 } value)
        {
            return value.ToLowerInvariant();
        }

        var login = user.TryGetProperty("LoginName", out var l) ? l.GetString() : null;
        return login is not null && login.StartsWith(LoginNames.MembershipPrefix, StringComparison.OrdinalIgnoreCase)
            ? login[LoginNames.MembershipPrefix.Length..].ToLowerInvariant()
            : null;
    }

    internal static JsonElement Json(WireResponse response)
    {
        using var document = JsonDocument.Parse(response.Content);
        return document.RootElement.Clone();
    }

    internal static IEnumerable<JsonElement> Values(WireResponse response) => Json(response).GetProperty("value").EnumerateArray();
}
