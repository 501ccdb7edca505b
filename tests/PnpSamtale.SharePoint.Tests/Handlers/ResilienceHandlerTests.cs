using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Handlers;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Handlers;

public sealed class ResilienceHandlerTests
{
    private static readonly Uri Url = new("https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/web");

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task SendAsync_TransientWithRetryAfterSeconds_WaitsThatLongAndRetries(HttpStatusCode status)
    {
        var stub = StubHandler.Sequence(() => Respond.Status(status, "7"), () => Respond.Status(HttpStatusCode.OK));
        var (invoker, clock) = Invoker(stub);

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Url), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stub.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], clock.Waits);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task SendAsync_TransientWithRetryAfterHttpDate_WaitsUntilThatDate(HttpStatusCode status)
    {
        var date = ManualTimeProvider.Start.AddSeconds(12).ToString("r", CultureInfo.InvariantCulture);
        var stub = StubHandler.Sequence(() => Respond.Status(status, date), () => Respond.Status(HttpStatusCode.OK));
        var (invoker, clock) = Invoker(stub);

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Url), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([TimeSpan.FromSeconds(12)], clock.Waits);
    }

    [Fact]
    public async Task SendAsync_AlwaysThrottled_StopsAfterMaxRetryAttemptsAndReturnsTheLast429()
    {
        var stub = StubHandler.Sequence(() => Respond.Status(HttpStatusCode.TooManyRequests, "1"));
        var (invoker, _) = Invoker(stub, o => o.MaxRetryAttempts = 3);

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Url), CancellationToken.None);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(4, stub.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_RetryAfterLongerThanMaxRetryDelay_IsHonouredInFull()
    {
        // Microsoft: honour Retry-After; MaxRetryDelay caps only the waits the client computes itself.
        var stub = StubHandler.Sequence(() => Respond.Status(HttpStatusCode.TooManyRequests, "240"), () => Respond.Status(HttpStatusCode.OK));
        var (invoker, clock) = Invoker(stub, o => (o.MaxRetryDelay, o.RetryBudget) = (TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(10)));

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Url), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([TimeSpan.FromSeconds(240)], clock.Waits);
    }

    [Fact]
    public async Task SendAsync_RateLimitResetLongerThanRetryAfter_WaitsTheLonger()
    {
        // Microsoft: "honor the greater of the two values" when RateLimit-Reset comes with Retry-After.
        var stub = StubHandler.Sequence(() =>
        {
            var response = Respond.Status(HttpStatusCode.TooManyRequests, "5");
            response.Headers.TryAddWithoutValidation("RateLimit-Reset", "31");
            return response;
        }, () => Respond.Status(HttpStatusCode.OK));
        var (invoker, clock) = Invoker(stub);

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Url), CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(31)], clock.Waits);
    }

    [Fact]
    public async Task SendAsync_RetryAfterBeyondTheBudget_ReturnsTheThrottledAnswerWithoutWaiting()
    {
        var stub = StubHandler.Sequence(() => Respond.Status(HttpStatusCode.TooManyRequests, "3600"), () => Respond.Status(HttpStatusCode.OK));
        var (invoker, clock) = Invoker(stub, o => o.RetryBudget = TimeSpan.FromMinutes(10));

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Url), CancellationToken.None);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Single(stub.Requests);
        Assert.Empty(clock.Waits);
    }

    [Fact]
    public async Task SendAsync_JobBudgetPartlySpent_RefusesAWaitThatWouldOverrunIt()
    {
        var stub = StubHandler.Sequence(() => Respond.Status(HttpStatusCode.TooManyRequests, "90"), () => Respond.Status(HttpStatusCode.OK));
        var clock = new ManualTimeProvider();
        var budget = new RetryBudget(clock);
        using var invoker = new HttpMessageInvoker(new ResilienceHandler(TestSetup.Wrap(TestSetup.Options()), clock, budget, NullLogger<ResilienceHandler>.Instance) { InnerHandler = stub });

        using (budget.Begin(TimeSpan.FromMinutes(2)))
        {
            await Task.Delay(TimeSpan.FromSeconds(45), clock);
            using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Url), CancellationToken.None);

            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        }

        // 45 s of the job's 2 minutes were spent elsewhere; waiting 90 s more would overrun it, so nothing was re-sent.
        Assert.Single(stub.Requests);
        Assert.Equal([TimeSpan.FromSeconds(45)], clock.Waits);
    }

    [Theory]
    [InlineData(HttpStatusCode.GatewayTimeout, null)]
    [InlineData(HttpStatusCode.ServiceUnavailable, null)]
    public async Task SendAsync_NonIdempotentPostWithUnknownOutcome_IsNotSentAgain(HttpStatusCode status, string? retryAfter)
    {
        var stub = StubHandler.Sequence(() => Respond.Status(status, retryAfter), () => Respond.Status(HttpStatusCode.OK));
        var (invoker, clock) = Invoker(stub);

        using var response = await invoker.SendAsync(Post(idempotent: false), CancellationToken.None);

        Assert.Equal(status, response.StatusCode);
        Assert.Single(stub.Requests);
        Assert.Empty(clock.Waits);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, "2")]
    [InlineData(HttpStatusCode.TooManyRequests, null)]
    [InlineData(HttpStatusCode.ServiceUnavailable, "2")]
    public async Task SendAsync_NonIdempotentPostThrottled_IsSentAgainSinceItWasNotCarriedOut(HttpStatusCode status, string? retryAfter)
    {
        var stub = StubHandler.Sequence(() => Respond.Status(status, retryAfter), () => Respond.Status(HttpStatusCode.OK));
        var (invoker, _) = Invoker(stub);

        using var response = await invoker.SendAsync(Post(idempotent: false), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_IdempotentPostWithUnknownOutcome_IsSentAgain()
    {
        var stub = StubHandler.Sequence(() => Respond.Status(HttpStatusCode.GatewayTimeout), () => Respond.Status(HttpStatusCode.OK));
        var (invoker, _) = Invoker(stub);

        using var response = await invoker.SendAsync(Post(idempotent: true), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_NonIdempotentPostLosesItsResponse_IsNotSentAgain()
    {
        var stub = new StubHandler((_, call) => call == 0
            ? throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.")
            : Respond.Status(HttpStatusCode.OK));
        var (invoker, _) = Invoker(stub);

        await Assert.ThrowsAsync<PnpSamtale.SharePoint.Errors.RequestOutcomeUnknownException>(() => invoker.SendAsync(Post(idempotent: false), CancellationToken.None));

        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task SendAsync_NonIdempotentPostCouldNotConnect_IsSentAgainSinceNothingWentOut()
    {
        var stub = new StubHandler((_, call) => call == 0
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused")
            : Respond.Status(HttpStatusCode.OK));
        var (invoker, _) = Invoker(stub);

        using var response = await invoker.SendAsync(Post(idempotent: false), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_NoRetryAfter_BacksOffWithinTheCap()
    {
        var stub = StubHandler.Sequence(() => Respond.Status(HttpStatusCode.GatewayTimeout), () => Respond.Status(HttpStatusCode.GatewayTimeout), () => Respond.Status(HttpStatusCode.OK));
        var (invoker, clock) = Invoker(stub, o => o.MaxRetryDelay = TimeSpan.FromSeconds(5));

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Url), CancellationToken.None);

        Assert.Equal(3, stub.Requests.Count);
        Assert.Equal(2, clock.Waits.Count);
        Assert.All(clock.Waits, wait => Assert.InRange(wait, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(5)));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task SendAsync_NonTransientStatus_DoesNotRetry(HttpStatusCode status)
    {
        var stub = StubHandler.Sequence(() => Respond.Status(status, "1"), () => Respond.Status(HttpStatusCode.OK));
        var (invoker, clock) = Invoker(stub);

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Url), CancellationToken.None);

        Assert.Equal(status, response.StatusCode);
        Assert.Single(stub.Requests);
        Assert.Empty(clock.Waits);
    }

    [Fact]
    public async Task SendAsync_NetworkFailure_Retries()
    {
        var stub = new StubHandler((_, call) => call == 0 ? throw new HttpRequestException("connection reset") : Respond.Status(HttpStatusCode.OK));
        var (invoker, _) = Invoker(stub);

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Url), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_RetriedPost_SendsTheSameBodyAgain()
    {
        var stub = StubHandler.Sequence(() => Respond.Status(HttpStatusCode.TooManyRequests, "1"), () => Respond.Status(HttpStatusCode.OK));
        var (invoker, _) = Invoker(stub);
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new ReadOnlyMemoryContent("{\"a\":1}"u8.ToArray()) };

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        Assert.Equal(["{\"a\":1}", "{\"a\":1}"], stub.Requests.Select(r => r.Body));
    }

    [Fact]
    public async Task SendAsync_CallerCancelsDuringAThrottledAttempt_DoesNotRetry()
    {
        using var cancellation = new CancellationTokenSource();
        var stub = new StubHandler((_, _, _) =>
        {
            cancellation.Cancel();
            return Task.FromResult(Respond.Status(HttpStatusCode.TooManyRequests, "1"));
        });
        var (invoker, clock) = Invoker(stub);

        try
        {
            using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Url), cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            // Either outcome is fine for the caller who cancelled; what matters is that nothing was retried.
        }

        Assert.Single(stub.Requests);
        Assert.Empty(clock.Waits);
    }

    [Fact]
    public async Task SendAsync_AlreadyCancelled_ThrowsAndSendsNothing()
    {
        var stub = StubHandler.Sequence(() => Respond.Status(HttpStatusCode.OK));
        var (invoker, _) = Invoker(stub);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Url), new CancellationToken(canceled: true)));

        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task SendAsync_EveryAttemptTimesOut_ThrowsTimeoutExceptionAfterBoundedAttempts()
    {
        var stub = new StubHandler(async (_, _, token) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            return Respond.Status(HttpStatusCode.OK);
        });
        var (invoker, _) = Invoker(stub, o => (o.RequestTimeout, o.MaxRetryAttempts) = (TimeSpan.FromSeconds(2), 2));

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Url), CancellationToken.None));

        Assert.Equal(3, stub.Requests.Count);
        Assert.Contains("SharePoint:RequestTimeout", exception.Message, StringComparison.Ordinal);
    }

    private static (HttpMessageInvoker Invoker, ManualTimeProvider Clock) Invoker(StubHandler stub, Action<SharePointOptions>? change = null)
    {
        var clock = new ManualTimeProvider();
        var handler = new ResilienceHandler(TestSetup.Wrap(TestSetup.Options(change)), clock, new RetryBudget(clock), NullLogger<ResilienceHandler>.Instance) { InnerHandler = stub };
        return (new HttpMessageInvoker(handler), clock);
    }

    private static HttpRequestMessage Post(bool idempotent)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new ReadOnlyMemoryContent("{}"u8.ToArray()) };
        request.Options.Set(PnpSamtale.SharePoint.Http.WireTransport.IdempotentOption, idempotent);
        return request;
    }
}
