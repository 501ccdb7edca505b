using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Roles;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// Items of a list: add and update through the validate functions, read one (with <c>$expand</c> of its role
/// assignments, see <see cref="ItemExpansion"/>), query many, read versions, delete
/// permanently. An acting user needs EditListItems to add or change and DeleteListItems to delete (else 403).
/// </summary>
internal static class ItemEndpoints
{
    /// <summary>Maps the endpoints for every list form.</summary>
    public static void MapItems(this IEndpointRouteBuilder app)
    {
        foreach (var list in ListRoutes.Lists)
        {
            app.MapPost(list + "/AddValidateUpdateItemUsingPath", AddAsync);
            app.MapGet(list + "/items", ItemQuery.QueryAsync);
        }

        foreach (var item in ListRoutes.Items)
        {
            app.MapGet(item, GetAsync);
            app.MapDelete(item, DeleteAsync);
            app.MapPost(item + "/ValidateUpdateListItem", UpdateAsync);
            app.MapGet(item + "/versions", VersionsAsync);
            app.MapPost(item + "/versions/DeleteByID(vid={vid})", DeleteVersionAsync);
        }
    }

    private static async Task AddAsync(HttpContext http)
    {
        var body = await RequestJson.ReadAsync(http);
        var pairs = FormValues.Read(body);
        var placement = ItemPlacement.Read(body);
        var caller = Caller.From(http);
        var tenant = http.Tenant();
        var entries = tenant.Database.Run(session =>
        {
            var target = Targets.List(session, http, caller);
            var parent = placement.Parent(session, target, caller);
            AccessGuard.Require(session, parent, caller, BasePermissions.AddListItems | BasePermissions.EditListItems);
            var list = target.List!;
            if (list.IsLibrary)
            {
                throw SpErrors.Unsupported("Add documents to a library with Files/AddUsingPath.");
            }

            var author = PermissionEvaluator.UserOf(session, target.Site, caller)!.Id;
            if (placement.IsFolder)
            {
                return Folders.FolderCreation.Add(session, parent, pairs, author, tenant.Options.AcceptAnyUpn);
            }

            var result = FormValues.Apply(session, target.Site, list, pairs, new JsonObject(), 0, tenant.Options.AcceptAnyUpn);
            if (result.Values is null)
            {
                return result.Entries;
            }

            result.Values[ItemPlacement.DirField] = Folders.FolderPaths.Url(target.Site, list, parent.Item);
            var id = ListStore.NextItemId(session, list.Id);
            var now = session.Now;
            ItemStore.Insert(session, new ItemRecord(list.Id, id, result.Values, 1, now, now, author, author, false) { FolderId = parent.Item?.Id ?? 0, Folder = parent.Item });
            result.Entries.Add(FormValues.Entry("Id", id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, 0));
            return result.Entries;
        });
        await WireJson.WriteValueAsync(http, entries);
    }

    private static async Task UpdateAsync(HttpContext http)
    {
        var pairs = FormValues.Read(await RequestJson.ReadAsync(http));
        var caller = Caller.From(http);
        var tenant = http.Tenant();
        var entries = tenant.Database.Run(session =>
        {
            var target = Targets.Item(session, http, caller);
            AccessGuard.Require(session, target, caller, BasePermissions.EditListItems);
            var item = target.Item!;
            var rename = ItemRename.CanRename(target) ? pairs.LastOrDefault(p => ItemRename.IsName(p.Name)) : default;
            var others = rename.Name is null ? pairs : [.. pairs.Where(p => !ItemRename.IsName(p.Name))];
            var result = FormValues.Apply(session, target.Site, target.List!, others, item.Values, item.Id, tenant.Options.AcceptAnyUpn);
            var refusal = rename.Name is null ? null : ItemRename.Refusal(session, target, rename.Value);
            if (result.Values is { } values && refusal is null)
            {
                if (rename.Name is not null)
                {
                    ItemRename.Apply(session, target, values, rename.Value!);
                }

                ItemStore.Update(session, item, values, PermissionEvaluator.UserOf(session, target.Site, caller)!.Id);
            }

            if (rename.Name is null)
            {
                return result.Entries;
            }

            // The answer lists the entries in the order they were sent, the name's among them.
            var entries = new JsonArray();
            var applied = result.Entries.Select(e => e!.DeepClone()).GetEnumerator();
            foreach (var (name, value) in pairs)
            {
                if (!ItemRename.IsName(name))
                {
                    applied.MoveNext();
                    entries.Add(applied.Current);
                    continue;
                }

                var entry = FormValues.Entry(name, value, refusal?.Message, item.Id);
                if (refusal is { } refused)
                {
                    entry["ErrorCode"] = refused.Code;
                }

                entries.Add(entry);
            }

            return entries;
        });
        await WireJson.WriteValueAsync(http, entries);
    }

    private static async Task GetAsync(HttpContext http)
    {
        var expansion = ItemExpansion.Parse(http.Request.Query["$expand"]);
        var caller = Caller.From(http);
        var (json, etag) = http.Tenant().Database.Run(session =>
        {
            var target = Targets.Item(session, http, caller);
            var properties = ItemJson.Properties(ListStore.Fields(session, target.List!.Id), http.Request.Query["$select"], expansion);
            return (ItemJson.Read(target.Item!, properties, ItemAssignments.Load(session, target with { Item = null }, expansion, Projection.Names(http.Request.Query["$select"]), caller)), ItemETags.Of(target.Item!));
        });
        http.Response.Headers.ETag = etag;
        await WireJson.WriteAsync(http, json);
    }

    private static async Task VersionsAsync(HttpContext http)
    {
        var caller = Caller.From(http);
        var json = http.Tenant().Database.Run(session =>
        {
            var target = Targets.Item(session, http, caller);
            var item = target.Item!;
            return VersionJson.Build(item, ItemStore.Versions(session, item.ListId, item.Id), ListStore.Fields(session, item.ListId), Users.PrincipalStore.ById(session, target.Site.Id));
        });
        await WireJson.WriteValueAsync(http, json);
    }

    /// <summary>
    /// Deletes a past version for good (what version history's Delete does): <c>DeleteVersions</c> on the item, else 403;
    /// the current version cannot be deleted, and an unknown one is 404.
    /// </summary>
    private static async Task DeleteVersionAsync(HttpContext http)
    {
        var caller = Caller.From(http);
        var vid = int.TryParse(Targets.RouteValue(http, "vid"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        http.Tenant().Database.Run(session =>
        {
            var target = Targets.Item(session, http, caller);
            AccessGuard.Require(session, target, caller, BasePermissions.DeleteVersions);
            var item = target.Item!;
            if (vid % 512 != 0 || vid / 512 is var number && !ItemStore.Versions(session, item.ListId, item.Id).Any(v => v.Version == number))
            {
                throw new SharePointErrorException(404, "-2147024809, System.ArgumentException", "Version not found.");
            }

            if (vid / 512 == item.Version)
            {
                throw new SharePointErrorException(400, "-2130575276, Microsoft.SharePoint.SPException", "You cannot delete the current version.");
            }

            session.Execute(
                "DELETE FROM item_versions WHERE list_id = @list AND item_id = @id AND version = @version",
                ("@list", Store.StoreValues.Text(item.ListId)), ("@id", item.Id), ("@version", vid / 512));
        });
        await WireJson.WriteEmptyAsync(http);
    }

    private static async Task DeleteAsync(HttpContext http)
    {
        var caller = Caller.From(http);
        http.Tenant().Database.Run(session =>
        {
            var target = Targets.Item(session, http, caller);
            Folders.FolderContents.RequireDeletable(session, target, caller);
            ItemETags.RequireMatch(http, target.Item!);
            ItemStore.Delete(session, target.Site.Id, target.Item!);
        });
        await WireJson.WriteEmptyAsync(http);
    }
}
