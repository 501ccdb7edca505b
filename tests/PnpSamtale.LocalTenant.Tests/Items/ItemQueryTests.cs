using System.Net;

namespace PnpSamtale.LocalTenant.Tests.Items;

public sealed class ItemQueryTests
{
    [Fact]
    public async Task Query_FilterOnTextNumberAndPerson_AnswersMatchesInIdOrder()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("query");
        var list = await tenant.CreateListAsync(site, "Samtaler");
        const string Kari = "[{\"Key\":\"i:0#.f|membership|kari@stinn.no\"}]";
        await tenant.AddItemAsync(site, list, ("Title", "a"), ("Status", "Planlagt"), ("Runde", "1"), ("Holder", Kari));
        await tenant.AddItemAsync(site, list, ("Title", "b"), ("Status", "Gjennomført"), ("Runde", "2"), ("Holder", Kari));
        await tenant.AddItemAsync(site, list, ("Title", "c"), ("Status", "Planlagt"), ("Runde", "3"));
        var kari = await tenant.EnsureUserAsync(site, "kari@stinn.no");
        var items = $"{site}/_api/web/lists(guid'{list}')/items?$select=Id,Title&$filter=";

        var planned = await tenant.GetAsync(items + Uri.EscapeDataString("Status eq 'Planlagt' and Runde ge 2"));
        var either = await tenant.GetAsync(items + Uri.EscapeDataString($"HolderId eq {kari} or (Title eq 'c')"));
        var dated = await tenant.GetAsync(items + Uri.EscapeDataString("Created le datetime'2999-01-01T00:00:00Z' and Id ne 1"));

        Assert.Equal(["c"], planned["value"]!.AsArray().Select(i => i!["Title"]!.GetValue<string>()));
        Assert.Equal(["a", "b", "c"], either["value"]!.AsArray().Select(i => i!["Title"]!.GetValue<string>()));
        Assert.Equal([2, 3], dated["value"]!.AsArray().Select(i => i!["Id"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Query_MoreThanTop_AnswersNextLinkThatContinues()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("paging");
        var list = await tenant.CreateListAsync(site, "Samtaler");
        for (var i = 1; i <= 5; i++)
        {
            await tenant.AddItemAsync(site, list, ("Title", "t" + i));
        }

        var first = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/items?$select=Id&$top=2");
        var next = first["odata.nextLink"]!.GetValue<string>();
        var second = await tenant.GetAsync(next);
        var last = await tenant.GetAsync(second["odata.nextLink"]!.GetValue<string>());

        Assert.StartsWith(tenant.Server.BaseUri.AbsoluteUri, next, StringComparison.Ordinal);
        Assert.EndsWith("$skiptoken=Paged%3dTRUE%26p_ID%3d2", next, StringComparison.Ordinal);
        Assert.Equal([1, 2], first["value"]!.AsArray().Select(i => i!["Id"]!.GetValue<int>()));
        Assert.Equal([3, 4], second["value"]!.AsArray().Select(i => i!["Id"]!.GetValue<int>()));
        Assert.Equal([5], last["value"]!.AsArray().Select(i => i!["Id"]!.GetValue<int>()));
        Assert.Null(last["odata.nextLink"]);
    }

    [Fact]
    public async Task Query_UnknownFilterField_Answers400ColumnMissing()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("query-400");
        var list = await tenant.CreateListAsync(site, "Samtaler");

        var response = await tenant.Http.GetAsync($"{site}/_api/web/lists(guid'{list}')/items?$filter=" + Uri.EscapeDataString("Nope eq 'x'"));

        await TestTenant.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "-2147024809, System.ArgumentException", "Column 'Nope' does not exist. It may have been deleted by another user.");
    }

    [Fact]
    public async Task Query_AboveThresholdOnNonIndexedColumn_Answers500AndIndexedColumnWorks()
    {
        await using var tenant = await TestTenant.StartAsync(o => o.ListViewThreshold = 3);
        var site = await tenant.CreateSiteAsync("threshold");
        var list = await tenant.CreateListAsync(site, "Samtaler");
        for (var i = 1; i <= 4; i++)
        {
            await tenant.AddItemAsync(site, list, ("Title", "t" + i), ("Kode", "K" + i), ("Status", "Planlagt"));
        }

        var items = $"{site}/_api/web/lists(guid'{list}')/items?$filter=";
        var unindexed = await tenant.Http.GetAsync(items + Uri.EscapeDataString("Status eq 'Planlagt'"));
        var indexed = await tenant.GetAsync(items + Uri.EscapeDataString("Kode eq 'K3'"));

        await TestTenant.ExpectErrorAsync(unindexed, HttpStatusCode.InternalServerError, "-2147024860, Microsoft.SharePoint.SPQueryThrottledException", "The attempted operation is prohibited because it exceeds the list view threshold.");
        Assert.Single(indexed["value"]!.AsArray());
    }
}
