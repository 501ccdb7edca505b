using System.Diagnostics;
using System.Net;
using System.Text;

namespace PnpSamtale.LocalTenant.Tests.Faults;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task ThrottleRateOne_EveryRequest_Answers429WithRetryAfterAndThrottledBody()
    {
        await using var tenant = await TestTenant.StartAsync(o =>
        {
            o.Faults.ThrottleRate = 1.0;
            o.Faults.RetryAfter = TimeSpan.FromSeconds(7);
        });

        for (var i = 0; i < 3; i++)
        {
            var response = await tenant.Http.GetAsync("/sites/any/_api/web");
            await TestTenant.ExpectErrorAsync(response, (HttpStatusCode)429, "-2147024860, Microsoft.SharePoint.SPQueryThrottledException", "The request has been throttled.");
            Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter!.Delta);
        }

        Assert.Equal(HttpStatusCode.OK, (await tenant.Http.GetAsync("/_local/requests")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tenant.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task ThrottleStatus503_GraphRequest_Answers503WithGraphError()
    {
        await using var tenant = await TestTenant.StartAsync(o =>
        {
            o.Faults.ThrottleRate = 1.0;
            o.Faults.ThrottleStatusCode = 503;
        });

        var response = await tenant.Http.GetAsync("/v1.0/users/kari@stinn.no");
        var body = await TestTenant.ExpectAsync(response, HttpStatusCode.ServiceUnavailable);

        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("serviceNotAvailable", body["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Budget_UsedUp_ThrottlesWithSecondsToNextMinute()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 10, 20, 9, 0, 15, TimeSpan.Zero));
        await using var tenant = await TestTenant.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.Faults.RequestsPerMinute = 2;
        });

        var first = await tenant.Http.GetAsync("/v1.0/users/a@stinn.no");
        var second = await tenant.Http.GetAsync("/v1.0/users/a@stinn.no");
        var third = await tenant.Http.GetAsync("/v1.0/users/a@stinn.no");
        clock.Advance(TimeSpan.FromSeconds(45));
        var nextMinute = await tenant.Http.GetAsync("/v1.0/users/a@stinn.no");

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(45), third.Headers.RetryAfter!.Delta);
        Assert.Equal(HttpStatusCode.NotFound, nextMinute.StatusCode);
    }

    [Fact]
    public async Task Latency_Fixed_DelaysEveryRequest()
    {
        await using var tenant = await TestTenant.StartAsync(o => o.Faults.Latency = TimeSpan.FromMilliseconds(150));

        var watch = Stopwatch.StartNew();
        await tenant.Http.GetAsync("/v1.0/users/a@stinn.no");
        var faulted = watch.Elapsed;
        watch.Restart();
        await tenant.Http.GetAsync("/_local/requests");
        var local = watch.Elapsed;

        Assert.True(faulted >= TimeSpan.FromMilliseconds(140), $"took {faulted}");
        Assert.True(local < faulted, $"local {local}, faulted {faulted}");
    }

    [Fact]
    public async Task DropRateOne_Request_ConnectionIsAborted()
    {
        await using var tenant = await TestTenant.StartAsync(o => o.Faults.DropRate = 1.0);

        await Assert.ThrowsAsync<HttpRequestException>(() => tenant.Http.GetAsync("/v1.0/users/a@stinn.no"));
    }

    [Fact]
    public async Task BudgetUsed_Batch_OuterAnswers200AndEachOperationGets429Part()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 10, 20, 9, 0, 30, TimeSpan.Zero));
        await using var tenant = await TestTenant.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.Faults.RequestsPerMinute = 1;
        });
        await tenant.CreateSiteAsync("x");
        var url = tenant.Server.SiteUrl("x").AbsoluteUri + "/_api/web";
        var body = new StringBuilder();
        for (var i = 0; i < 2; i++)
        {
            body.Append($"--b\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nGET {url} HTTP/1.1\r\n\r\n\r\n");
        }

        var response = await tenant.Http.PostAsync("/sites/x/_api/$batch", Batch.SharePointBatchTests.Multipart(body.Append("--b--\r\n").ToString(), "b"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, text.Split("HTTP/1.1 429 Too Many Requests\r\n").Length - 1);
        Assert.Equal(2, text.Split("\r\nRetry-After: 30\r\n").Length - 1);
    }
}

public sealed class GraphBatchThrottlingTests
{
    [Fact]
    public async Task ThrottleRateOne_GraphBatch_OuterAnswers200AndEachRequestGets429WithRetryAfter()
    {
        await using var tenant = await TestTenant.StartAsync(o => o.Faults.ThrottleRate = 1.0);
        var batch = new { requests = new[] { new { id = "1", method = "GET", url = "/users/a@stinn.no" }, new { id = "2", method = "GET", url = "/users/b@stinn.no" } } };

        var result = await TestTenant.ExpectAsync(await tenant.Http.PostAsync("/v1.0/$batch", TestTenant.Json(batch, "application/json")), HttpStatusCode.OK);

        Assert.All(result["responses"]!.AsArray(), r =>
        {
            Assert.Equal(429, r!["status"]!.GetValue<int>());
            Assert.Equal("1", r["headers"]!["Retry-After"]!.GetValue<string>());
        });
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
