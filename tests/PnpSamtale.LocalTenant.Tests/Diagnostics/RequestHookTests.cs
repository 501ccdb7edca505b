namespace PnpSamtale.LocalTenant.Tests.Diagnostics;

/// <summary>
/// <see cref="LocalTenantOptions.BeforeRequest"/> and <see cref="LocalTenantOptions.AfterRequest"/>: a test stops a client
/// at a chosen request, before it is carried out or after it was but before its answer arrives.
/// </summary>
public sealed class RequestHookTests
{
    private const string Add = "POST /_api/web/lists({listKey})/AddValidateUpdateItemUsingPath";

    [Fact]
    public async Task BeforeRequest_SaysStop_NothingIsCarriedOutAndNoAnswerArrives()
    {
        var seen = new List<string>();
        var stop = false;
        await using var tenant = await TestTenant.StartAsync(o => o.BeforeRequest = endpoint =>
        {
            lock (seen)
            {
                seen.Add(endpoint);
            }

            return !(stop && endpoint == Add);
        });
        var site = await tenant.CreateSiteAsync("before-stop");
        var list = await tenant.CreateListAsync(site, "Varsler");
        stop = true;

        await Assert.ThrowsAsync<HttpRequestException>(() => tenant.AddItemAsync(site, list, ("Title", "never")));

        var items = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/items?$select=Title");
        Assert.Empty(items["value"]!.AsArray());
        Assert.Contains(Add, seen);
    }

    [Fact]
    public async Task AfterRequest_SaysStop_TheWriteIsCarriedOutButNoAnswerArrives()
    {
        var stop = false;
        await using var tenant = await TestTenant.StartAsync(o => o.AfterRequest = endpoint => !(stop && endpoint == Add));
        var site = await tenant.CreateSiteAsync("after-stop");
        var list = await tenant.CreateListAsync(site, "Varsler");
        stop = true;

        var lost = await Assert.ThrowsAsync<HttpRequestException>(() => tenant.AddItemAsync(site, list, ("Title", "written")));

        var items = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/items?$select=Title");
        Assert.Equal(HttpRequestError.ResponseEnded, lost.HttpRequestError);
        Assert.Equal("written", Assert.Single(items["value"]!.AsArray())!["Title"]!.GetValue<string>());
    }

    [Fact]
    public async Task BeforeRequest_OnABatch_IsAskedOnceForTheBatchNotForItsOperations()
    {
        var seen = new List<string>();
        await using var tenant = await TestTenant.StartAsync(o => o.BeforeRequest = endpoint =>
        {
            lock (seen)
            {
                seen.Add(endpoint);
            }

            return true;
        });
        var batch = new { requests = new[] { new { id = "1", method = "GET", url = "/users/a@stinn.no" }, new { id = "2", method = "GET", url = "/users/b@stinn.no" } } };

        using var answer = await tenant.Http.PostAsync("/v1.0/$batch", TestTenant.Json(batch, "application/json"));

        Assert.True(answer.IsSuccessStatusCode);
        Assert.Equal(["POST /v1.0/$batch"], seen);
    }
}
