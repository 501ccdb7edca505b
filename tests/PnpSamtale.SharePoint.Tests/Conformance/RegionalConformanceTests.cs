using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Regional;
using PnpSamtale.SharePoint.Tests.EndToEnd;

namespace PnpSamtale.SharePoint.Tests.Conformance;

/// <summary>
/// Rule: <c>formValues</c> are parsed in the site's regional settings (an ISO date refused on a Dutch site,
/// pnp/cli-microsoft365#4375: "Enter a date and time like this: 23-2-2012 14:25"; PnP Core formats per site); the
/// time zone comes from <c>SPSiteManager/create</c>'s <c>TimeZoneId</c> (PnP Core sends SharePoint's zone ids); a
/// date-only column holds local midnight. The client reads the settings once per site and writes in them.
/// </summary>
public sealed class RegionalConformanceTests
{
    [Theory]
    [InlineData(1044, ",")]
    [InlineData(1033, ".")]
    public async Task ClientWrites_AreParsedInTheSitesLocale_AndReadBackAsTheSameDayAndNumber(int lcid, string decimalSeparator)
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("conf-locale-" + lcid, lcid);
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);
        var items = local.Get<ItemClient>();

        var settings = await local.Get<RegionalSettingsClient>().GetAsync(site, CancellationToken.None);
        var added = await items.AddItemAsync(site, list.Id, [FormValue.Text("SamtaleKey", "k1"), FormValue.Date("Frist", new DateOnly(2026, 3, 30)), FormValue.Number("Runde", 2.5)], CancellationToken.None);
        var item = await items.FindItemAsync(site, list.Id, added.ItemId, ["Frist", "Runde"], CancellationToken.None);

        Assert.Equal((lcid, decimalSeparator, SiteTimeZone.Oslo), (settings.LocaleId, settings.DecimalSeparator, settings.TimeZone.Id));
        Assert.True(added.Succeeded, string.Join("; ", added.Errors));

        // Local midnight in Oslo on 30 March 2026 (summer time) is 22:00 UTC the day before.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 22, 0, 0, TimeSpan.Zero), item!.GetDateTime("Frist"));
        Assert.Equal(new DateOnly(2026, 3, 30), settings.Day(item.GetDateTime("Frist")!.Value));
        Assert.Equal("2.5", item.GetString("Runde"));
    }

    [Theory]
    [InlineData("Frist", "2026-03-30", "Enter a date like this: 23.2.2012")]
    [InlineData("Runde", "2.5", "Invalid number value. A number field contains invalid data. Please check the value and try again.")]
    public async Task InvariantTextOnANorwegianSite_IsRefusedFieldByField(string field, string value, string message)
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("conf-iso");
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);

        // Sent as plain text, the way the client wrote dates and numbers before it read the site's settings.
        var result = await local.Get<ItemClient>().AddItemAsync(site, list.Id, [FormValue.Text("SamtaleKey", "k1"), FormValue.Text(field, value)], CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal((field, -2146232832, message), (error.FieldName, error.ErrorCode, error.ErrorMessage));
        Assert.Empty(await local.Get<ItemClient>().QueryItemsAsync(site, list.Id, new ItemQuery(["Id"]), CancellationToken.None));
    }

    [Fact]
    public async Task SiteCreatedWithoutTimeZoneId_GetsTheTenantsDefaultZone_NotOslos()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var url = local.Tenant.SiteUrl("conf-nozone");
        var request = SharePoint.Sites.SiteRequests.Create(local.Tenant.BaseUri, new SharePoint.Sites.SiteCreation("x", url, "owner@stinn.example"));
        var body = System.Text.Json.Nodes.JsonNode.Parse(request.Body!.Content.Span)!;
        body["request"]!.AsObject().Remove("TimeZoneId");
        await local.Get<WireTransport>().SendAsync(request with { Body = WireBody.Json(request.Body.ContentType, body) }, CancellationToken.None);
        await local.Get<SharePoint.Sites.SiteClient>().WaitUntilReadyAsync(url, CancellationToken.None);

        var settings = await local.Get<RegionalSettingsClient>().GetAsync(url, CancellationToken.None);

        Assert.Equal(13, settings.TimeZone.Id);
        Assert.Equal("2.3.2026 13:00", settings.FormatDateTime(new DateTimeOffset(2026, 3, 2, 21, 0, 0, TimeSpan.Zero)));
    }
}
