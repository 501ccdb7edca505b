using System.Net;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Mail;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Batching;

public sealed class GraphBatchExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_OneInnerRequestThrottled_ResendsOnlyThatOne()
    {
        var server = new GraphBatchServer((request, seen) =>
            request["id"]!.GetValue<string>() == "2" && seen == 0 ? new GraphAnswer(429, "4") : GraphAnswer.Accepted);
        var clock = new ManualTimeProvider();

        var results = await TestSetup.GraphBatches(server.Handler, clock).ExecuteAsync(Mails(3), CancellationToken.None);

        Assert.Equal(["2"], server.Batches[1].Select(r => r!["id"]!.GetValue<string>()));
        Assert.Equal([TimeSpan.FromSeconds(4)], clock.Waits);
        Assert.All(results, r => Assert.Equal(HttpStatusCode.Accepted, r.Status));
    }

    [Fact]
    public async Task ExecuteAsync_DependencyThrottled_ResendsItAndItsDependent()
    {
        var server = new GraphBatchServer((request, seen) => (request["id"]!.GetValue<string>(), seen) switch
        {
            ("a", 0) => new GraphAnswer(429, "2"),
            ("b", 0) => new GraphAnswer(424),
            _ => GraphAnswer.Accepted,
        });
        var mail = Mails(2);
        GraphBatchOperation[] operations = [mail[0] with { Id = "a" }, mail[1] with { Id = "b", DependsOn = ["a"] }];

        var results = await TestSetup.GraphBatches(server.Handler, new ManualTimeProvider()).ExecuteAsync(operations, CancellationToken.None);

        var resent = server.Batches[1];
        Assert.Equal(["a", "b"], resent.OrderBy(r => r!["id"]!.GetValue<string>()).Select(r => r!["id"]!.GetValue<string>()));
        Assert.Equal("a", resent.Single(r => r!["id"]!.GetValue<string>() == "b")!["dependsOn"]![0]!.GetValue<string>());
        Assert.All(results, r => Assert.True(r.IsSuccess));
    }

    [Fact]
    public async Task ExecuteAsync_MoreThanGraphBatchSize_SendsTwentyPerRequest()
    {
        var server = new GraphBatchServer((_, _) => GraphAnswer.Accepted);

        var results = await TestSetup.GraphBatches(server.Handler, new ManualTimeProvider()).ExecuteAsync(Mails(25), CancellationToken.None);

        Assert.Equal([20, 5], server.Batches.Select(b => b.Count));
        Assert.Equal(25, results.Count);
    }

    [Fact]
    public async Task ExecuteAsync_DependencyInAnotherChunk_Throws()
    {
        var server = new GraphBatchServer((_, _) => GraphAnswer.Accepted);
        var operations = Mails(3);
        operations[2] = operations[2] with { DependsOn = ["1"] };

        await Assert.ThrowsAsync<ArgumentException>(
            () => TestSetup.GraphBatches(server.Handler, new ManualTimeProvider(), o => o.GraphBatchSize = 2).ExecuteAsync(operations, CancellationToken.None));
    }

    [Fact]
    public async Task SendMailsAsync_AlwaysThrottled_ReportsThrottledResultAfterTheRetries()
    {
        var server = new GraphBatchServer((request, _) => request["id"]!.GetValue<string>() == "1" ? new GraphAnswer(429, "1") : GraphAnswer.Accepted);
        var options = TestSetup.Options(o => o.MaxRetryAttempts = 1);
        var client = new MailClient(TestSetup.Transport(server.Handler), TestSetup.GraphBatches(server.Handler, new ManualTimeProvider(), o => o.MaxRetryAttempts = 1), TestSetup.Wrap(options));
        var mail = new OutgoingMail("samtaler@contoso.com", new MailMessage("Hei", MailContentType.Text, "Tekst", [new MailRecipient("kari@contoso.com")]));

        var results = await client.SendMailsAsync([mail, mail], CancellationToken.None);

        Assert.Equal(2, server.Batches.Count);
        Assert.Equal([false, true], results.Select(r => r.Succeeded));
        Assert.Throws<SharePointThrottledException>(results[0].ThrowIfFailed);
    }

    private static GraphBatchOperation[] Mails(int count) =>
        Enumerable.Range(1, count)
            .Select(i => new GraphBatchOperation(
                i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                MailRequests.SendMail(TestSetup.Graph, "samtaler@contoso.com", new MailMessage("Hei", MailContentType.Text, "Tekst", [new MailRecipient($"p{i}@contoso.com")]))))
            .ToArray();
}
