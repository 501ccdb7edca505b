using System.Net;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests.Items;

/// <summary>
/// <c>GET {item}/versions</c> in the recorded SharePoint Online shape: who made each version as an <c>Editor</c>
/// lookup, people as lookups, <c>Created</c> in UTC without a zone.
/// </summary>
public sealed class ItemVersionTests
{
    private const string Holder = "kari@stinn.no";
    private const string Partner = "per@stinn.no";

    [Fact]
    public async Task Versions_WritesByDifferentUsers_EachVersionNamesItsEditor()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (item, holder, partner) = await SharedItemAsync(tenant, "versions-editor");

        var byHolder = await tenant.SendAsync(HttpMethod.Post, item + "/ValidateUpdateListItem", Update("Status", "Gjennomført"), actAs: Holder);
        var byPartner = await tenant.SendAsync(HttpMethod.Post, item + "/ValidateUpdateListItem", Update("Title", "bekreftet"), actAs: Partner);
        var versions = (await tenant.GetAsync(item + "/versions"))["value"]!.AsArray().Select(v => v!.AsObject()).ToList();

        Assert.Equal(HttpStatusCode.OK, byHolder.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byPartner.StatusCode);
        Assert.Equal(["3.0", "2.0", "1.0"], versions.Select(v => v["VersionLabel"]!.GetValue<string>()));
        Assert.Equal(partner, versions[0]["Editor"]!["LookupId"]!.GetValue<int>());
        Assert.Equal(holder, versions[1]["Editor"]!["LookupId"]!.GetValue<int>());
        Assert.Equal("Gjennomført", versions[1]["Status"]!.GetValue<string>());
        Assert.Equal("Planlagt", versions[2]["Status"]!.GetValue<string>());
        Assert.Equal(versions[2]["Author"]!["LookupId"]!.GetValue<int>(), versions[2]["Editor"]!["LookupId"]!.GetValue<int>());
        Assert.NotEqual(holder, versions[2]["Editor"]!["LookupId"]!.GetValue<int>());
    }

    [Fact]
    public async Task Versions_Shape_LookupsWithTitleAndEmail_CreatedWithoutZone_NoEditorId()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (item, holder, _) = await SharedItemAsync(tenant, "versions-shape");
        await tenant.SendAsync(HttpMethod.Post, item + "/ValidateUpdateListItem", Update("Holder", $"[{{\"Key\":\"i:0#.f|membership|{Holder}\"}}]"), actAs: Holder);

        var current = (await tenant.GetAsync(item + "/versions"))["value"]![0]!.AsObject();

        var editor = current["Editor"]!.AsObject();
        Assert.Equal(["LookupId", "LookupValue", "Email"], editor.Select(p => p.Key));
        Assert.Equal(Holder, editor["Email"]!.GetValue<string>());
        Assert.Equal(holder, current["Holder"]!["LookupId"]!.GetValue<int>());
        Assert.Null(current["HolderId"]);
        Assert.Null(current["EditorId"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$", current["Created"]!.GetValue<string>());
        Assert.EndsWith("Z", current["Modified"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1024, current["VersionId"]!.GetValue<int>());
        Assert.True(current["IsCurrentVersion"]!.GetValue<bool>());
    }

    private static object Update(string field, string value) =>
        new { formValues = new[] { new { FieldName = field, FieldValue = value } }, bNewDocumentUpdate = false };

    /// <summary>An item of a list on which the holder and the partner may both edit (site members).</summary>
    private static async Task<(string Item, int Holder, int Partner)> SharedItemAsync(TestTenant tenant, string name)
    {
        var site = await tenant.CreateSiteAsync(name, "Runde");
        var list = await tenant.CreateListAsync(site, "Skjema");
        var id = await tenant.AddItemAsync(site, list, ("Title", "Skjema"), ("Status", "Planlagt"));
        await Permissions.PermissionEndpointsTests.AddToMembersAsync(tenant, site, Holder);
        await Permissions.PermissionEndpointsTests.AddToMembersAsync(tenant, site, Partner);
        return ($"{site}/_api/web/lists(guid'{list}')/items({id})", await tenant.EnsureUserAsync(site, Holder), await tenant.EnsureUserAsync(site, Partner));
    }
}
