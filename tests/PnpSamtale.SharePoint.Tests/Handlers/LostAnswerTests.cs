using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Handlers;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Handlers;

/// <summary>
/// An answer lost after the request went out — the connection closed before it, or in the middle of its body — leaves
/// the outcome unknown: an idempotent request is sent again, any other is not, and the caller gets a
/// <see cref="RequestOutcomeUnknownException"/> saying which.
/// </summary>
public sealed class LostAnswerTests
{
    private static readonly Uri Url = new("https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/web/lists(guid'6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')/AddValidateUpdateItemUsingPath");

    [Fact]
    public async Task SendAsync_AddLosesItsAnswer_IsSentOnceAndTheExceptionSaysSo()
    {
        var stub = new StubHandler((_, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));
        var invoker = Invoker(stub);

        var lost = await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() => invoker.SendAsync(Request(HttpMethod.Post, idempotent: false), CancellationToken.None));

        Assert.Single(stub.Requests);
        Assert.Equal(("POST", "contoso.sharepoint.com", false), (lost.Method, lost.Host, lost.Resent));
        Assert.Equal(HttpRequestError.ResponseEnded, lost.HttpRequestError);
        Assert.Contains("may or may not have been carried out", lost.Message, StringComparison.Ordinal);
        Assert.Contains("not sent again", lost.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AddValidateUpdateItemUsingPath", lost.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_IdempotentRequestLosesEveryAnswer_IsSentAgainThenReportedAsResent()
    {
        var stub = new StubHandler((_, _) => throw new HttpRequestException(HttpRequestError.Unknown, "Connection reset by peer", new IOException("reset")));
        var invoker = Invoker(stub, o => o.MaxRetryAttempts = 2);

        var lost = await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() => invoker.SendAsync(Request(HttpMethod.Get, idempotent: true), CancellationToken.None));

        Assert.Equal(3, stub.Requests.Count);
        Assert.True(lost.Resent);
    }

    [Fact]
    public async Task SendAsync_AnswerCutShortInItsBody_ReadIsSentAgainButAddIsNot()
    {
        var reads = new StubHandler((_, call) => call == 0 ? CutShort() : Respond.Json("{\"Id\":1}"));
        var adds = new StubHandler((_, _) => CutShort());

        using var read = await Invoker(reads).SendAsync(Request(HttpMethod.Get, idempotent: true), CancellationToken.None);
        var lost = await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() => Invoker(adds).SendAsync(Request(HttpMethod.Post, idempotent: false), CancellationToken.None));

        Assert.Equal("{\"Id\":1}", await read.Content.ReadAsStringAsync());
        Assert.Equal(2, reads.Requests.Count);
        Assert.Single(adds.Requests);
        Assert.False(lost.Resent);
    }

    [Fact]
    public async Task SendAsync_NothingCouldConnect_IsNotAnUnknownOutcome()
    {
        var stub = new StubHandler((_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));
        var invoker = Invoker(stub, o => o.MaxRetryAttempts = 1);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(Request(HttpMethod.Post, idempotent: false), CancellationToken.None));

        Assert.Equal(2, stub.Requests.Count);
        Assert.Equal(HttpRequestError.ConnectionError, refused.HttpRequestError);
    }

    [Fact]
    public void ToMessage_PostWithoutBody_CarriesAnEmptyBodySoTheHttpStackNeverResendsIt()
    {
        var recycle = new WireRequest(HttpMethod.Post, Url, []);
        var read = new WireRequest(HttpMethod.Get, Url, []);

        using var post = WireTransport.ToMessage(recycle);
        using var get = WireTransport.ToMessage(read);

        Assert.Equal(0, post.Content!.Headers.ContentLength);
        Assert.Null(get.Content);
    }

    private static HttpResponseMessage CutShort() =>
        new(HttpStatusCode.OK) { Content = new CutShortContent() };

    private static HttpMessageInvoker Invoker(StubHandler stub, Action<SharePointOptions>? change = null)
    {
        var clock = new ManualTimeProvider();
        return new HttpMessageInvoker(new ResilienceHandler(TestSetup.Wrap(TestSetup.Options(change)), clock, new RetryBudget(clock), NullLogger<ResilienceHandler>.Instance) { InnerHandler = stub });
    }

    private static HttpRequestMessage Request(HttpMethod method, bool idempotent)
    {
        var request = new HttpRequestMessage(method, Url) { Content = method == HttpMethod.Get ? null : new ReadOnlyMemoryContent("{}"u8.ToArray()) };
        request.Options.Set(WireTransport.IdempotentOption, idempotent);
        return request;
    }

    /// <summary>A body whose connection closes after its first bytes.</summary>
    private sealed class CutShortContent : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync("{\"Id\""u8.ToArray());
            throw new IOException("The response ended prematurely.");
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 100;
            return true;
        }
    }
}
