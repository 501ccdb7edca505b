using System.Text;
using PnpSamtale.Provisioning.Converge;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Permissions;

namespace PnpSamtale.Provisioning.Tests.EndToEnd;

/// <summary>
/// A site's state as text without ids (which differ between tenants): groups and members, permissions by principal
/// name and role type, formatters, views, and every item by key with its values and permissions.
/// </summary>
internal static class SiteSnapshot
{
    public static async Task<string> TakeAsync(RoundFixture fixture, DesiredSite desired)
    {
        var actual = await new SiteReader(fixture.Get<SharePointBatchExecutor>(), fixture.Get<WireTransport>(), fixture.Get<SharePoint.Regional.RegionalSettingsClient>()).ReadAsync(desired, CancellationToken.None);
        var users = actual.Users.ToDictionary(p => p.Value, p => p.Key);
        var kinds = actual.RoleDefinitions.ToDictionary(p => p.Value, p => p.Key);
        var text = new StringBuilder();
        foreach (var group in desired.Groups)
        {
            var id = actual.Groups[group.Title];
            text.AppendLine($"group {group.Title}: {string.Join(",", actual.GroupMembers[id].Order(StringComparer.Ordinal))}");
        }

        text.AppendLine("web: " + Assignments(actual.Web.Assignments, kinds));
        foreach (var list in desired.Lists)
        {
            var state = actual.Lists[list.Title];
            text.AppendLine($"list {list.Title} unique={state.Scope.HasUnique} {Assignments(state.Scope.Assignments, kinds)}");
            foreach (var (field, formatter) in state.Formatters.Where(f => f.Value is not null).OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                text.AppendLine($"  formatter {field}: {formatter!.Length}");
            }

            foreach (var view in state.Views.OrderBy(v => v.Title, StringComparer.Ordinal))
            {
                text.AppendLine($"  view {view.Title}: {string.Join(",", view.Fields)} {view.Query} {view.RowLimit}");
            }

            foreach (var item in state.Items.OrderBy(i => i.Text(list.KeyField) ?? i.LeafName ?? i.Text(PnpSamtale.Provisioning.Blueprints.Fields.Title), StringComparer.Ordinal))
            {
                // The register names items by id; which ids they got depends on the order they were made in.
                var values = item.Values
                    .Where(v => v.Key is not ("Id" or "ID" or "RoleAssignments" or "odata.etag" or PnpSamtale.Provisioning.Blueprints.Fields.ConversationItem or PnpSamtale.Provisioning.Blueprints.Fields.FormItem or PnpSamtale.Provisioning.Blueprints.Fields.MeasuresFolder))
                    .OrderBy(v => v.Key, StringComparer.Ordinal)
                    .Select(v => v.Key.EndsWith("Id", StringComparison.Ordinal) && v.Value.ValueKind == System.Text.Json.JsonValueKind.Number
                        ? $"{v.Key}={users.GetValueOrDefault(v.Value.GetInt32(), "?")}"
                        : $"{v.Key}={v.Value}");
                text.AppendLine($"  item {string.Join(" ", values)} {Assignments(item.Assignments, kinds)}");
            }
        }

        // The tenant's port differs between tenants; what is stored about it must not.
        return text.ToString().Replace(fixture.Tenant.BaseUri.GetLeftPart(UriPartial.Authority), "{tenant}", StringComparison.Ordinal);
    }

    private static string Assignments(IReadOnlyList<RoleAssignment> assignments, Dictionary<int, int> kinds) =>
        "[" + string.Join(";", assignments
            .Select(a => $"{a.Member.LoginName}:{string.Join("+", a.RoleDefinitionBindings.Select(r => kinds.GetValueOrDefault(r.Id)).Order())}")
            .Order(StringComparer.Ordinal)) + "]";
}
