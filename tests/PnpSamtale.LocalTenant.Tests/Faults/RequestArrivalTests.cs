namespace PnpSamtale.LocalTenant.Tests.Faults;

public sealed class RequestArrivalTests
{
    private const string Add = "POST /_api/web/lists({listKey})/AddValidateUpdateItemUsingPath";

    [Fact]
    public async Task BeforeRequest_NumbersEveryRequest_AndARequestItRefusesIsNeverCarriedOut()
    {
        var arrivals = new List<RequestArrival>();
        var adds = 0;
        await using var tenant = await TestTenant.StartAsync(options => options.Faults.BeforeRequest = arrival =>
        {
            lock (arrivals)
            {
                arrivals.Add(arrival);
                return Task.FromResult(arrival.Endpoint != Add || ++adds != 2);
            }
        });
        var site = await tenant.CreateSiteAsync("arrivals");
        var list = await tenant.CreateListAsync(site, "Varsler");

        await tenant.AddItemAsync(site, list, ("Title", "første"));
        await Assert.ThrowsAsync<HttpRequestException>(() => tenant.AddItemAsync(site, list, ("Title", "aldri")));
        await tenant.AddItemAsync(site, list, ("Title", "tredje"));
        var titles = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/items?$select=Title");

        Assert.Equal(["første", "tredje"], titles["value"]!.AsArray().Select(i => i!["Title"]!.GetValue<string>()));
        Assert.Equal(Enumerable.Range(1, arrivals.Count), arrivals.Select(a => a.Number));
        Assert.Equal(3, arrivals.Count(a => a.Endpoint == Add));
    }

    [Fact]
    public async Task BeforeRequest_WaitsBeforeTheRequestIsCarriedOut_AndCarriesItOutWhenTheSenderHasGone()
    {
        using var sender = new CancellationTokenSource();
        var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var tenant = await TestTenant.StartAsync(options => options.Faults.BeforeRequest = arrival =>
        {
            if (arrival.Endpoint != Add)
            {
                return Task.FromResult(true);
            }

            held.TrySetResult();
            return release.Task;
        });
        var site = await tenant.CreateSiteAsync("gone");
        var list = await tenant.CreateListAsync(site, "Varsler");

        var sending = tenant.Http.PostAsync($"{site}/_api/web/lists(guid'{list}')/AddValidateUpdateItemUsingPath",
            TestTenant.Json(TestTenant.AddBody(("Title", "etter avbrudd"))), sender.Token);
        await held.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await sender.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        var before = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/items?$select=Title");
        release.SetResult(true);

        Assert.Empty(before["value"]!.AsArray());
        for (var i = 0; i < 100; i++)
        {
            var after = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/items?$select=Title");
            if (after["value"]!.AsArray().Count == 1)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("the request was not carried out after its sender went away");
    }
}
