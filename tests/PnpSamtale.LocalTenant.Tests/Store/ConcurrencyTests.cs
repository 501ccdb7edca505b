namespace PnpSamtale.LocalTenant.Tests.Store;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task AddValidate_ManyInParallel_EveryItemGetsItsOwnId()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("parallel");
        var list = await tenant.CreateListAsync(site, "Samtaler");

        var ids = await Task.WhenAll(Enumerable.Range(1, 40).Select(i => tenant.AddItemAsync(site, list, ("Title", "t" + i))));
        var stored = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/items?$select=Id&$top=100");

        Assert.Equal(Enumerable.Range(1, 40), ids.Order());
        Assert.Equal(40, stored["value"]!.AsArray().Count);
        Assert.Equal(40, tenant.Server.GetRequestCounts().For("POST /_api/web/lists({listKey})/AddValidateUpdateItemUsingPath"));
    }
}
