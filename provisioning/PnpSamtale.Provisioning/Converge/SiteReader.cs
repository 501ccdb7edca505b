using System.Text.Json;
using PnpSamtale.Provisioning.Blueprints;
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
/// Reads what a site holds, in as few requests as batching allows: one <c>$batch</c> for the current user, users,
/// groups, role definitions, lists, the web's permissions and the regional settings; one for everything of the lists
/// and groups found (fields, views, permissions, every item with its role assignments where items carry their own,
/// folders included); then the next pages of lists with more than 5,000 items, and the versions the planner asks for.
/// </summary>
internal sealed class SiteReader(SharePointBatchExecutor batches, WireTransport transport, RegionalSettingsClient regional)
{
    /// <summary>Items per page; the most SharePoint returns.</summary>
    public const int PageSize = ItemQuery.Threshold;

    public async Task<ActualSite> ReadAsync(DesiredSite desired, CancellationToken cancellationToken)
    {
        var site = desired.Url;
        var actual = new ActualSite();
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
        ], cancellationToken).ConfigureAwait(false);
        foreach (var response in first)
        {
            response.EnsureSuccess();
        }

        var me = Json(first[0]);
        actual.AppLoginName = me.GetProperty("LoginName").GetString();
        actual.AppUserId = me.GetProperty("Id").GetInt32();
        actual.Regional = regional.Remember(site, RegionalSettingsResponses.Read(site, first[8]));
        foreach (var user in Values(first[1]))
        {
            if (Upn(user) is { } upn)
            {
                actual.Users[upn] = user.GetProperty("Id").GetInt32();
                if (user.TryGetProperty("IsSiteAdmin", out var admin) && admin.ValueKind == JsonValueKind.True && user.GetProperty("Id").GetInt32() != actual.AppUserId)
                {
                    actual.Admins.Add(upn);
                }
            }
        }

        foreach (var group in Values(first[2]))
        {
            actual.Groups[group.GetProperty("Title").GetString()!] = group.GetProperty("Id").GetInt32();
        }

        foreach (var definition in Values(first[3]))
        {
            var kind = definition.GetProperty("RoleTypeKind").GetInt32();
            if (kind != 0)
            {
                actual.RoleDefinitions[kind] = definition.GetProperty("Id").GetInt32();
            }

            actual.RoleDefinitionNames[definition.GetProperty("Name").GetString()!] = definition.GetProperty("Id").GetInt32();
        }

        var lists = Values(first[4]).ToDictionary(l => l.GetProperty("Title").GetString()!, l => l.GetProperty("Id").GetGuid(), StringComparer.OrdinalIgnoreCase);
        actual.Web = new ScopeState(true, RoleAssignmentJson.Read(first[5]));

        // Graph's composite site id is {hostname},{site collection id},{web id}: no Graph lookup needed.
        actual.GraphSiteId = $"{site.Host},{Json(first[6]).GetProperty("Id").GetString()},{Json(first[7]).GetProperty("Id").GetString()}";

        var reads = new List<(WireRequest Request, Action<WireResponse> Read)>();
        foreach (var group in desired.Groups)
        {
            if (actual.Groups.TryGetValue(group.Title, out var groupId))
            {
                reads.Add((SiteGroupRequests.ListMembers(site, groupId), response => ReadMembers(actual, groupId, response)));
            }
        }

        var pages = new List<(ActualList List, Uri Next, ItemQuery Query)>();
        var itemReads = new Dictionary<int, (DesiredList List, ActualList State)>();
        foreach (var list in desired.Lists)
        {
            if (lists.TryGetValue(list.Title, out var listId))
            {
                var state = actual.Lists[list.Title] = new ActualList(listId);
                reads.AddRange(ListReads(site, list, state, pages));
                itemReads[reads.Count - 1] = (list, state);
            }
        }

        var answers = await batches.ExecuteAsync(site, [.. reads.Select(r => r.Request)], cancellationToken).ConfigureAwait(false);
        var lacking = new List<(DesiredList List, ActualList State)>();
        for (var i = 0; i < answers.Count; i++)
        {
            if (!answers[i].IsSuccess && itemReads.TryGetValue(i, out var read) && LacksColumns(read.List, read.State))
            {
                // The blueprint gained a column the list does not have yet: the items are read with the columns it has,
                // and the plan adds the rest.
                lacking.Add(read);
                continue;
            }

            answers[i].EnsureSuccess();
            reads[i].Read(answers[i]);
        }

        foreach (var (list, state) in lacking)
        {
            await ReadItemsAsync(site, list, state, cancellationToken).ConfigureAwait(false);
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
        var query = ItemQueryFor(list, state.FieldNames.Count > 0 ? state.FieldNames : null);
        var response = await transport.SendCheckedAsync(ItemRequests.Query(site, state.Id, query), cancellationToken).ConfigureAwait(false);
        if (ReadPage(response, state, query) is { } next)
        {
            await ReadRemainingPagesAsync(state, next, query, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The name and id of every item of a library (after uploads, to learn the new files' ids), all pages.</summary>
    public async Task<IReadOnlyList<(string Name, int Id)>> ReadFileNamesAsync(Uri site, Guid listId, CancellationToken cancellationToken)
    {
        var state = new ActualList(listId);
        var query = new ItemQuery(["Id", Fields.FileName], null, PageSize);
        var response = await transport.SendCheckedAsync(ItemRequests.Query(site, listId, query), cancellationToken).ConfigureAwait(false);
        if (ReadPage(response, state, query) is { } next)
        {
            await ReadRemainingPagesAsync(state, next, query, cancellationToken).ConfigureAwait(false);
        }

        return [.. state.Items.Where(i => i.LeafName is not null).Select(i => (i.LeafName!, i.Id))];
    }

    /// <summary>Reads the versions of some items of a list, in batches, each with who made it and the values of <paramref name="fields"/>.</summary>
    public async Task ReadVersionsAsync(Uri site, ActualList state, IReadOnlyList<int> itemIds, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        if (itemIds.Count == 0)
        {
            return;
        }

        var answers = await batches.ExecuteAsync(site, [.. itemIds.Select(id => ItemRequests.Versions(site, state.Id, id))], cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < answers.Count; i++)
        {
            answers[i].EnsureSuccess();
            state.Versions[itemIds[i]] = [.. ItemVersionResponses.Read(answers[i], fields).Select(v => new ActualVersion(v.VersionId, v.EditorId ?? 0, v.Created, v.Values))];
        }
    }

    /// <summary>
    /// The columns read of a list's items: its key, the blueprint's columns, who changed it last, and — where items carry
    /// permissions of their own — the role assignments; in a list of folders also where each item is.
    /// </summary>
    /// <param name="list">The list.</param>
    /// <param name="present">The columns the list has, when some of the blueprint's may be missing; <c>null</c> for all.</param>
    public static ItemQuery ItemQueryFor(DesiredList list, IReadOnlySet<string>? present = null)
    {
        var fields = new List<string> { "Id", list.KeyField, "EditorId" };
        if (list.Blueprint.Template == ListTemplate.DocumentLibrary || list.Blueprint.ItemPermissions == ItemPermissions.ConversationFolder)
        {
            fields.Add(Fields.FileName);
        }

        if (list.Blueprint.ItemPermissions == ItemPermissions.ConversationFolder)
        {
            fields.AddRange(["FileRef", "FileDirRef", "FSObjType"]);
        }

        fields.Add(Fields.Title);
        fields.AddRange(list.Blueprint.Columns
            .Where(c => present is null || present.Contains(c.Definition.Name))
            .Select(c => ValueComparer.ReadName(c.Definition.Name, c.Definition.Kind)));
        fields = [.. fields.Distinct(StringComparer.Ordinal)];
        if (list.Blueprint.ItemPermissions == ItemPermissions.None)
        {
            return new ItemQuery(fields, null, PageSize);
        }

        fields.Add("HasUniqueRoleAssignments");
        return new ItemQuery(fields, null, PageSize, ItemQuery.RoleAssignmentsExpansion);
    }

    private static IEnumerable<(WireRequest Request, Action<WireResponse> Read)> ListReads(
        Uri site, DesiredList list, ActualList state, List<(ActualList List, Uri Next, ItemQuery Query)> pages)
    {
        yield return (ListRequests.GetFields(site, state.Id), response =>
        {
            foreach (var field in Values(response))
            {
                var name = field.GetProperty("InternalName").GetString()!;
                state.FieldNames.Add(name);
                state.Formatters[name] = field.TryGetProperty("CustomFormatter", out var formatter) && formatter.ValueKind == JsonValueKind.String ? formatter.GetString() : null;
            }
        });
        yield return (ViewRequests.List(site, state.Id), response =>
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
        });
        if (list.Blueprint.Permissions is not null)
        {
            var scope = SecurableScope.List(site, state.Id);
            yield return (PermissionRequests.GetHasUniqueRoleAssignments(scope), response =>
                state.Scope = state.Scope with { HasUnique = Json(response).GetProperty("HasUniqueRoleAssignments").GetBoolean() });
            yield return (PermissionRequests.GetRoleAssignments(scope), response =>
                state.Scope = state.Scope with { Assignments = RoleAssignmentJson.Read(response) });
        }

        if (list.Blueprint.ItemPermissions == ItemPermissions.ConversationFolder)
        {
            yield return (SharePoint.Folders.FolderRequests.GetFolderCreation(site, state.Id), response =>
                state.FoldersEnabled = Json(response).TryGetProperty("EnableFolderCreation", out var enabled) && enabled.ValueKind == JsonValueKind.True);
        }

        var itemQuery = ItemQueryFor(list);
        yield return (ItemRequests.Query(site, state.Id, itemQuery), response =>
        {
            if (ReadPage(response, state, itemQuery) is { } next)
            {
                pages.Add((state, next, itemQuery));
            }
        });
    }

    private static bool LacksColumns(DesiredList list, ActualList state) =>
        state.FieldNames.Count > 0 && list.Blueprint.Columns.Any(c => !state.FieldNames.Contains(c.Definition.Name));

    private static void ReadMembers(ActualSite actual, int groupId, WireResponse response)
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
