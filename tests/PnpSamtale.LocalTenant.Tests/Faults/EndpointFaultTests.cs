using System.Net;
using Microsoft.Extensions.Options;

namespace PnpSamtale.LocalTenant.Tests.Faults;

public sealed class EndpointFaultTests
{
    private const string Add = "POST /_api/web/lists({listKey})/AddValidateUpdateItemUsingPath";

    [Fact]
    public async Task DropResponseAfterCommit_DirectAdd_ItemIsWrittenButNoAnswerArrives()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("drop-commit");
        var list = await tenant.CreateListAsync(site, "Varsler");
        tenant.Server.AddFault(new EndpointFault(Add, EndpointFaultKind.DropResponseAfterCommit));

        var lost = await Assert.ThrowsAsync<HttpRequestException>(() => tenant.AddItemAsync(site, list, ("Title", "lost answer")));
        var items = await ItemsAsync(tenant, site, list);
        var again = await tenant.AddItemAsync(site, list, ("Title", "second"));

        Assert.Equal(HttpRequestError.ResponseEnded, lost.HttpRequestError);
        Assert.Equal(["lost answer"], items);
        Assert.Equal(2, again);
    }

    [Fact]
    public async Task FromMatchThreeOnAList_Once_HitsOnlyTheThirdAddToThatList()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("third-add");
        var notices = await tenant.CreateListAsync(site, "Varsler");
        var other = await tenant.CreateListAsync(site, "Logg");
        tenant.Server.AddFault(new EndpointFault(Add, EndpointFaultKind.DropResponseAfterCommit) { List = "varsler", FromMatch = 3 });
        var outcomes = new List<bool>();

        for (var i = 1; i <= 4; i++)
        {
            await tenant.AddItemAsync(site, other, ("Title", $"logg {i}"));
            outcomes.Add(await AnsweredAsync(() => tenant.AddItemAsync(site, notices, ("Title", $"varsel {i}"))));
        }

        var state = Assert.Single(tenant.Server.GetFaults());
        Assert.Equal([true, true, false, true], outcomes);
        Assert.Equal(["varsel 1", "varsel 2", "varsel 3", "varsel 4"], await ItemsAsync(tenant, site, notices));
        Assert.Equal((4, 1), (state.Matched, state.Fired));
    }

    [Fact]
    public async Task DropRequest_DirectAdd_NothingIsWritten()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("drop-request");
        var list = await tenant.CreateListAsync(site, "Varsler");
        tenant.Server.AddFault(new EndpointFault(Add, EndpointFaultKind.DropRequest));

        await Assert.ThrowsAsync<HttpRequestException>(() => tenant.AddItemAsync(site, list, ("Title", "never")));

        Assert.Empty(await ItemsAsync(tenant, site, list));
    }

    [Fact]
    public async Task DropAfterBytes_Read_HeadersAndTheFirstBytesArriveThenTheConnectionCloses()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("cut-short");
        var whole = await (await tenant.Http.GetAsync(site + "/_api/web")).Content.ReadAsByteArrayAsync();
        tenant.Server.AddFault(new EndpointFault("GET /_api/web", EndpointFaultKind.DropAfterBytes) { Bytes = 12 });

        using var response = await tenant.Http.GetAsync(site + "/_api/web", HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var received = new MemoryStream();
        var cut = await Assert.ThrowsAnyAsync<IOException>(() => stream.CopyToAsync(received));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(whole.Length, response.Content.Headers.ContentLength);
        Assert.Equal(whole[..12], received.ToArray());
        Assert.Equal(HttpRequestError.ResponseEnded, Assert.IsType<HttpIOException>(cut).HttpRequestError);
    }

    [Fact]
    public async Task DropResponseAfterCommit_OnAnOperationInsideABatch_EveryOperationRunsAndTheBatchAnswerIsLost()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("batch-lost");
        var list = await tenant.CreateListAsync(site, "Varsler");
        tenant.Server.AddFault(new EndpointFault(EndpointFault.BatchPrefix + Add, EndpointFaultKind.DropResponseAfterCommit) { FromMatch = 2 });
        var api = $"{tenant.Server.SiteUrl("batch-lost").AbsoluteUri}/_api/web/lists(guid'{list}')/AddValidateUpdateItemUsingPath";
        var body = string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"--b\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nPOST {api} HTTP/1.1\r\nContent-Type: application/json;odata=verbose\r\n\r\n" +
            $"{{\"formValues\":[{{\"FieldName\":\"Title\",\"FieldValue\":\"v{i}\"}}]}}\r\n")) + "--b--\r\n";

        await Assert.ThrowsAsync<HttpRequestException>(() => tenant.Http.PostAsync(site + "/_api/$batch", Batch.SharePointBatchTests.Multipart(body, "b")));

        Assert.Equal(["v1", "v2", "v3"], await ItemsAsync(tenant, site, list));
    }

    [Fact]
    public async Task DropResponseAfterCommit_GraphSendMail_MailIsInTheOutbox()
    {
        await using var tenant = await TestTenant.StartAsync();
        tenant.Server.AddFault(new EndpointFault("POST /v1.0/users/{upn}/sendMail", EndpointFaultKind.DropResponseAfterCommit));
        var mail = new { message = new { subject = "Påminnelse", body = new { contentType = "Text", content = "x" }, toRecipients = new[] { new { emailAddress = new { address = "kari@stinn.no" } } } }, saveToSentItems = false };

        await Assert.ThrowsAsync<HttpRequestException>(() => tenant.Http.PostAsync("/v1.0/users/leder@stinn.no/sendMail", TestTenant.Json(mail, "application/json")));

        Assert.Equal("Påminnelse", Assert.Single(tenant.Server.GetOutbox()).Subject);
    }

    [Fact]
    public async Task Rate_NoLimit_HitsSomeButNotAllMatchingRequestsRepeatably()
    {
        async Task<(EndpointFaultState State, List<bool> Answered, int Sent)> RunAsync()
        {
            await using var tenant = await TestTenant.StartAsync(o => o.Faults.Seed = 5);
            tenant.Server.AddFault(new EndpointFault("POST /v1.0/users/{upn}/sendMail", EndpointFaultKind.DropResponseAfterCommit) { Rate = 0.5, Times = 0 });
            var mail = new { message = new { subject = "s", body = new { contentType = "Text", content = "x" }, toRecipients = new[] { new { emailAddress = new { address = "kari@stinn.no" } } } } };
            var answered = new List<bool>();
            for (var i = 0; i < 20; i++)
            {
                answered.Add(await AnsweredAsync(() => tenant.Http.PostAsync("/v1.0/users/leder@stinn.no/sendMail", TestTenant.Json(mail, "application/json"))));
            }

            return (tenant.Server.GetFaults().Single(), answered, tenant.Server.GetOutbox().Count);
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(20, first.State.Matched);
        Assert.InRange(first.State.Fired, 1, 19);
        Assert.Equal(20 - first.State.Fired, first.Answered.Count(a => a));
        Assert.Equal(20, first.Sent);
        Assert.Equal(first.Answered, second.Answered);
    }

    [Fact]
    public async Task LocalFaults_SetListAndClearOverHttp_WhileTheServerRuns()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("runtime");
        var list = await tenant.CreateListAsync(site, "Varsler");

        var created = await TestTenant.ExpectAsync(
            await tenant.Http.PostAsync("/_local/faults", TestTenant.Json(new { endpoint = Add, list = "Varsler", kind = "dropResponseAfterCommit", fromMatch = 2 }, "application/json")),
            HttpStatusCode.Created);
        var first = await AnsweredAsync(() => tenant.AddItemAsync(site, list, ("Title", "a")));
        var second = await AnsweredAsync(() => tenant.AddItemAsync(site, list, ("Title", "b")));
        var listed = await tenant.GetAsync("/_local/faults");
        var cleared = await tenant.Http.DeleteAsync("/_local/faults");
        var afterClear = await tenant.GetAsync("/_local/faults");
        var missing = await tenant.Http.DeleteAsync("/_local/faults/" + created["id"]!.GetValue<int>());

        var entry = Assert.Single(listed["value"]!.AsArray())!.AsObject();
        Assert.Equal((true, false), (first, second));
        Assert.Equal(Add, entry["endpoint"]!.GetValue<string>());
        Assert.Equal("Varsler", entry["list"]!.GetValue<string>());
        Assert.Equal("dropResponseAfterCommit", entry["kind"]!.GetValue<string>());
        Assert.Equal((2, 1, 1), (entry["matched"]!.GetValue<int>(), entry["fired"]!.GetValue<int>(), entry["times"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Empty(afterClear["value"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(0, tenant.Server.GetRequestCounts().For("POST /_local/faults"));
    }

    [Fact]
    public async Task LocalFaults_Invalid_Answers400NamingTheProblemAndSetsNothing()
    {
        await using var tenant = await TestTenant.StartAsync();

        var response = await tenant.Http.PostAsync("/_local/faults", TestTenant.Json(new { endpoint = "batch:" + Add, kind = "dropRequest", fromMatch = 0 }, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("FromMatch must be 1 or more", text, StringComparison.Ordinal);
        Assert.Contains("DropRequest cannot be set on an operation inside a $batch", text, StringComparison.Ordinal);
        Assert.Empty(tenant.Server.GetFaults());
    }

    [Fact]
    public async Task StartAsync_InvalidEndpointFaultInOptions_FailsNamingIt()
    {
        var options = new LocalTenantOptions();
        options.Faults.Endpoints.Add(new EndpointFault("AddValidateUpdateItemUsingPath", EndpointFaultKind.DropAfterBytes) { Bytes = -1 });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => LocalTenantServer.StartAsync(options, CancellationToken.None));

        Assert.Contains(error.Failures, f => f.StartsWith("Faults.Endpoints[0].Endpoint must be a key", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Faults.Endpoints[0].Bytes must not be negative", StringComparison.Ordinal));
    }

    private static async Task<List<string>> ItemsAsync(TestTenant tenant, string site, string list)
    {
        var items = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/items?$select=Title");
        return [.. items["value"]!.AsArray().Select(i => i!["Title"]!.GetValue<string>())];
    }

    private static async Task<bool> AnsweredAsync<T>(Func<Task<T>> send)
    {
        try
        {
            await send();
            return true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
