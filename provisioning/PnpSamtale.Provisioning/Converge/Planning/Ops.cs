using System.Globalization;
using PnpSamtale.Provisioning.Converge.Plan;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Groups;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.Regional;
using PnpSamtale.SharePoint.RoleDefinitions;
using PnpSamtale.SharePoint.Users;
using PnpSamtale.SharePoint.Views;

namespace PnpSamtale.Provisioning.Converge.Planning;

/// <summary>The operations a plan is made of, each with what it needs, what it makes and how its request is built.</summary>
internal static class Ops
{
    public static PlannedOperation CreateSite(DesiredSite site) =>
        new(OperationKind.CreateSite, site.Url, site.Url.AbsolutePath, $"{site.Title}, språk {site.Lcid}, tidssone {site.TimeZoneId}", [],
            _ => throw new InvalidOperationException("A site is created by the runner through SPSiteManager, not in a batch."));

    public static PlannedOperation EnsureUser(Uri site, string upn) =>
        new(OperationKind.EnsureUser, site, upn, string.Empty, [], _ => SiteUserRequests.EnsureUser(site, upn))
        {
            Produces = new UserRef(upn),
            Learn = (response, book) => book.Record(new UserRef(upn), IdValue.Of(SiteReader.Json(response).GetProperty("Id").GetInt32())),
        };

    public static PlannedOperation CreateGroup(Uri site, DesiredGroup group) =>
        new(OperationKind.CreateGroup, site, $"«{group.Title}»", string.Empty, [], _ => SiteGroupRequests.Create(site, group.Title, group.Description))
        {
            Produces = new GroupRef(group.Title),
            Learn = (response, book) => book.Record(new GroupRef(group.Title), IdValue.Of(SiteReader.Json(response).GetProperty("Id").GetInt32())),
        };

    public static PlannedOperation AddMember(Uri site, string group, string upn) =>
        new(OperationKind.AddMember, site, $"«{group}»", upn, [new GroupRef(group)], book => SiteGroupRequests.AddMember(site, book.Group(group), upn));

    public static PlannedOperation RemoveMember(Uri site, string group, int groupId, string upn, int userId) =>
        new(OperationKind.RemoveMember, site, $"«{group}»", upn, [], _ => SiteGroupRequests.RemoveMember(site, groupId, userId));

    public static PlannedOperation CreateList(Uri site, Uri graphBase, string graphSiteId, DesiredList list) =>
        new(OperationKind.CreateList, site, list.Title, $"{list.Blueprint.Columns.Count} kolonner", [], _ => GraphListRequests.Create(graphBase, graphSiteId, list.Blueprint.ToDefinition()))
        {
            Produces = new ListRef(list.Title),
            Learn = (response, book) => book.Record(new ListRef(list.Title), IdValue.Of(Guid.Parse(SiteReader.Json(response).GetProperty("id").GetString()!))),
            ViaGraph = true,
        };

    public static PlannedOperation AddColumn(Uri site, Uri graphBase, string graphSiteId, string list, ColumnDefinition column) =>
        new(OperationKind.AddColumn, site, $"{list}.{column.Name}", column.Kind.ToString(), [new ListRef(list)],
            book => GraphListRequests.AddColumn(graphBase, graphSiteId, book.List(list), column))
        {
            ViaGraph = true,
        };

    public static PlannedOperation SetFormatter(Uri site, string list, string column, string formatter) =>
        new(OperationKind.SetFormatter, site, $"{list}.{column}", string.Empty, [new ListRef(list)], book => FieldRequests.SetCustomFormatter(site, book.List(list), column, formatter));

    public static PlannedOperation DeleteView(Uri site, string list, string view, Guid viewId) =>
        new(OperationKind.DeleteView, site, $"{list}/{view}", string.Empty, [new ListRef(list)], book => ViewRequests.Delete(site, book.List(list), viewId));

    public static PlannedOperation AddView(Uri site, string list, ViewDefinition view) =>
        new(OperationKind.AddView, site, $"{list}/{view.Title}", string.Empty, [new ListRef(list)], book => ViewRequests.Add(site, book.List(list), view));

    public static PlannedOperation BreakInheritance(Uri site, PlanRef scope, Func<IdBook, SecurableScope> resolve, IReadOnlyList<PlanRef> needs) =>
        new(OperationKind.BreakInheritance, site, scope.Describe(), string.Empty, needs,
            book => PermissionRequests.BreakInheritance(resolve(book), copyRoleAssignments: false, clearSubscopes: false))
        {
            Produces = new UniqueScopeRef(scope),
        };

    public static PlannedOperation Grant(Uri site, PlanRef scope, Func<IdBook, SecurableScope> resolve, IReadOnlyList<PlanRef> needs, PlanRef principal, PlanRef role) =>
        new(OperationKind.Grant, site, scope.Describe(), $"{principal.Describe()} {role.Describe()}", [.. needs, new UniqueScopeRef(scope), principal, role],
            book => PermissionRequests.AddRoleAssignment(resolve(book), book.Number(principal), book.Number(role)));

    public static PlannedOperation CreateRoleDefinition(Uri site, string name, string description, uint high, uint low) =>
        new(OperationKind.CreateRoleDefinition, site, name, string.Empty, [], _ => RoleDefinitionRequests.Create(site, name, description, high, low))
        {
            Produces = new NamedRoleRef(name),
            Learn = (response, book) => book.Record(new NamedRoleRef(name), IdValue.Of(SiteReader.Json(response).GetProperty("Id").GetInt32())),
        };

    public static PlannedOperation Revoke(Uri site, PlanRef scope, Func<IdBook, SecurableScope> resolve, IReadOnlyList<PlanRef> needs, string principal, int principalId, int roleId, string roleName) =>
        new(OperationKind.Revoke, site, scope.Describe(), $"{principal} {roleName}", needs,
            book => PermissionRequests.RemoveRoleAssignment(resolve(book), principalId, roleId));

    public static PlannedOperation AddItem(Uri site, string list, string key, Func<IdBook, IReadOnlyList<FormValue>> values, RegionalSettings regional, IReadOnlyList<PlanRef> needs) =>
        new(OperationKind.AddItem, site, $"{list}[{key}]", string.Empty, [new ListRef(list), .. needs], book => ItemRequests.Add(site, book.List(list), values(book), regional))
        {
            Produces = new ItemRef(list, key),
            Check = FieldErrors,
            Learn = (response, book) => book.Record(new ItemRef(list, key), IdValue.Of(ItemResponses.WriteResult(response).ItemId)),
        };

    public static PlannedOperation EnableFolders(Uri site, string list) =>
        new(OperationKind.EnableFolders, site, list, string.Empty, [new ListRef(list)], book => SharePoint.Folders.FolderRequests.EnableFolderCreation(site, book.List(list)))
        {
            Produces = new FoldersRef(list),
            Learn = (_, book) => book.Record(new FoldersRef(list)),
        };

    public static PlannedOperation CreateFolder(Uri site, string list, string name, IReadOnlyList<PlanRef> needs) =>
        new(OperationKind.CreateFolder, site, $"{list}/{name}", string.Empty, [new ListRef(list), new FoldersRef(list), .. needs],
            book => SharePoint.Folders.FolderRequests.Create(site, book.List(list), name))
        {
            Produces = new ItemRef(list, name),
            Check = response => SharePoint.Folders.FolderResponses.Created(response) switch
            {
                { Created: true } => null,
                { AlreadyExists: true } => $"{list} har allerede en mappe {name} som ikke er registrert; den tas ikke i bruk",
                var refused => string.Join("; ", refused.Errors.Select(e => $"{e.FieldName}: {e.ErrorMessage}")),
            },
            Learn = (response, book) => book.Record(new ItemRef(list, name), IdValue.Of(SharePoint.Folders.FolderResponses.Created(response).ItemId)),
        };

    public static PlannedOperation UpdateItem(Uri site, ItemRef item, Func<IdBook, IReadOnlyList<FormValue>> values, IReadOnlyList<string> columns, RegionalSettings regional, bool reverts, IReadOnlyList<PlanRef> needs) =>
        new(reverts ? OperationKind.RevertItem : OperationKind.UpdateItem, site, item.Describe(), string.Join(", ", columns), [new ListRef(item.List), item, .. needs],
            book => ItemRequests.Update(site, book.List(item.List), book.Item(item.List, item.Key), values(book), regional))
        {
            Reverts = reverts,
            Check = FieldErrors,
        };

    public static PlannedOperation UploadFile(Uri site, Uri graphBase, string graphSiteId, string list, DesiredFile file, IReadOnlyList<PlanRef> needs) =>
        new(OperationKind.UploadFile, site, $"{list}/{file.FileName}", string.Empty, [new ListRef(list), .. needs],
            book => SharePoint.Drives.DriveRequests.Upload(graphBase, graphSiteId, book.List(list), file.FileName, file.Content()))
        {
            Produces = new ItemRef(list, file.FileName),
            ViaGraph = true,
        };

    /// <summary>An entry in the admin site's <c>Logg</c> (sent after everything else).</summary>
    public static PlannedOperation WriteLog(AuditSettings audit, string list, IReadOnlyList<FormValue> values, string summary) =>
        new(OperationKind.WriteLog, audit.AdminSite, list, summary, [], _ => ItemRequests.Add(audit.AdminSite, audit.LogListId, values, audit.Regional))
        {
            Check = FieldErrors,
        };

    /// <summary>The fields SharePoint refused in an add or update, as one line; <c>null</c> when all were taken.</summary>
    private static string? FieldErrors(WireResponse response) =>
        ItemResponses.WriteResult(response) is { Succeeded: false } result ? string.Join("; ", result.Errors.Select(e => $"{e.FieldName}: {e.ErrorMessage}")) : null;

    /// <summary>An id as text in a form value.</summary>
    public static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);
}
