using System.Text;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Files;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;

namespace PnpSamtale.SharePoint.Tests.EndToEnd;

public sealed class ListAndItemTests
{
    internal static readonly ListDefinition Conversations = new("Samtaler", ListTemplate.GenericList,
    [
        new ColumnDefinition("SamtaleKey", ColumnKind.Text) { DisplayName = "Samtalenøkkel", Indexed = true, EnforceUniqueValues = true },
        new ColumnDefinition("Status", ColumnKind.Choice) { Indexed = true, Choices = ["Planlagt", "Gjennomført", "Arkivert"] },
        new ColumnDefinition("Frist", ColumnKind.Date),
        new ColumnDefinition("Partner", ColumnKind.User),
        new ColumnDefinition("Runde", ColumnKind.Number),
        new ColumnDefinition("Bekreftet", ColumnKind.Boolean),
    ]);

    [Fact]
    public async Task CreateList_WithColumns_IsFoundByTitleWithItsFields()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("lists");
        var lists = local.Get<ListClient>();

        var created = await lists.CreateListAsync(site, Conversations, CancellationToken.None);
        var found = await lists.FindListAsync(site, "Samtaler", CancellationToken.None);

        Assert.Equal(created.Id, found!.Id);
        var fields = await lists.GetFieldsAsync(site, created.Id, CancellationToken.None);
        Assert.Contains(fields, f => f.InternalName == "SamtaleKey" && f.Indexed);
        Assert.Contains(fields, f => f.InternalName == "Partner" && f.TypeAsString == "User");
        Assert.Null(await lists.FindListAsync(site, "Finnes ikke", CancellationToken.None));
    }

    [Fact]
    public async Task CreateList_DuplicateTitle_IsATypedErrorWithCodeAndRequestId()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("duplicate");
        var lists = local.Get<ListClient>();
        await lists.CreateEmptyListAsync(site, "Logg", ListTemplate.GenericList, CancellationToken.None);

        var error = await Assert.ThrowsAsync<SharePointServiceException>(() => lists.CreateEmptyListAsync(site, "Logg", ListTemplate.GenericList, CancellationToken.None));

        Assert.Equal(500, (int)error.StatusCode);
        Assert.Equal("-2130575342, Microsoft.SharePoint.SPException", error.ErrorCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }

    [Fact]
    public async Task Items_AddUpdateQueryAndVersions_EndToEnd()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("items");
        var list = await local.Get<ListClient>().CreateListAsync(site, Conversations, CancellationToken.None);
        var items = local.Get<ItemClient>();

        var added = await items.AddItemAsync(site, list.Id, [FormValue.Text("Title", "S-001"), FormValue.Text("SamtaleKey", "k1"), FormValue.Text("Status", "Planlagt"), FormValue.Date("Frist", new DateOnly(2026, 11, 24)), FormValue.Person("Partner", "jonas.hagen@stinn.example"), FormValue.Boolean("Bekreftet", false)], CancellationToken.None);
        Assert.True(added.Succeeded);
        var updated = await items.UpdateItemAsync(site, list.Id, added.ItemId, [FormValue.Text("Status", "Gjennomført")], CancellationToken.None);
        Assert.True(updated.Succeeded);

        var item = await items.FindItemAsync(site, list.Id, added.ItemId, ["Id", "Title", "Status", "Frist", "PartnerId", "Bekreftet"], CancellationToken.None);
        Assert.Equal("Gjennomført", item!.GetString("Status"));
        // A date-only column holds local midnight: 23:00 UTC the day before on a site in Norway's time zone.
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 23, 0, 0, TimeSpan.Zero), item.GetDateTime("Frist"));
        var regional = await local.Get<PnpSamtale.SharePoint.Regional.RegionalSettingsClient>().GetAsync(site, CancellationToken.None);
        Assert.Equal(new DateOnly(2026, 11, 24), regional.Day(item.GetDateTime("Frist")!.Value));
        Assert.NotNull(item.GetInt32("PartnerId"));
        Assert.False(item.GetBoolean("Bekreftet"));
        Assert.Equal(2, (await items.GetVersionsAsync(site, list.Id, added.ItemId, CancellationToken.None)).Count);
        Assert.Null(await items.FindItemAsync(site, list.Id, 9999, ["Id"], CancellationToken.None));

        var invalid = await items.AddItemAsync(site, list.Id, [FormValue.Text("SamtaleKey", "k2"), FormValue.Text("Status", "Ukjent")], CancellationToken.None);
        Assert.False(invalid.Succeeded);
        Assert.Contains(invalid.Errors, e => e.FieldName == "Status");
    }

    [Fact]
    public async Task QueryItems_FilterOnIndexedColumnAcrossPages_ReturnsEveryMatch()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("paging");
        var list = await local.Get<ListClient>().CreateListAsync(site, Conversations, CancellationToken.None);
        var rows = Enumerable.Range(0, 250).Select(i => (IReadOnlyList<FormValue>)[FormValue.Text("SamtaleKey", $"k{i:D3}"), FormValue.Text("Status", i % 2 == 0 ? "Planlagt" : "Arkivert")]).ToList();
        Assert.All(await local.Get<ItemBatchClient>().AddItemsAsync(site, list.Id, rows, CancellationToken.None), r => Assert.True(r.Succeeded));

        var planned = await local.Get<ItemClient>().QueryItemsAsync(site, list.Id, new ItemQuery(["Id", "SamtaleKey"], "Status eq 'Planlagt'", 50), CancellationToken.None);

        Assert.Equal(125, planned.Count);
        Assert.Equal(125, planned.Select(i => i.GetString("SamtaleKey")).Distinct().Count());
        Assert.True(local.Tenant.GetRequestCounts().For("GET /_api/web/lists({listKey})/items") >= 3);
    }

    [Fact]
    public async Task Files_UploadFindItemAndDownload_RoundTrip()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("files");
        await local.Get<ListClient>().CreateListAsync(site, new ListDefinition("Samtaleskjema", ListTemplate.DocumentLibrary, []), CancellationToken.None);
        var files = local.Get<FileClient>();
        var content = Encoding.UTF8.GetBytes("skjema");

        var uploaded = await files.UploadAsync(site, "Samtaleskjema", "a1b2c3.docx", content, CancellationToken.None);

        Assert.Equal(content.Length, uploaded.Length);
        Assert.True(await files.GetListItemIdAsync(site, uploaded.ServerRelativeUrl, CancellationToken.None) > 0);
        Assert.Equal(content, (await files.DownloadAsync(site, uploaded.ServerRelativeUrl, CancellationToken.None)).ToArray());
    }
}
