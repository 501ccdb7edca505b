using System.Net;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Sites;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Sites;

public sealed class SiteClientTests
{
    private const string SiteId = "4a3b2c1d-0000-4000-8000-000000000001";
    private static readonly SiteCreation Creation = new("Medarbeidersamtaler H2026", TestSetup.Site, "eier@contoso.com");

    [Fact]
    public async Task CreateSiteAsync_ProvisioningThenReady_PollsWithGrowingDelaysAndReportsCreated()
    {
        var statuses = new Queue<int>([1, 1, 2]);
        var stub = new StubHandler((request, _) => request.Uri.AbsolutePath switch
        {
            "/_api/SPSiteManager/create" => Respond.Json(Provisioning(1)),
            "/_api/SPSiteManager/status" => Respond.Json(Provisioning(statuses.Dequeue())),
            _ => Respond.Json("""{"Id":"9e8d7c6b-0000-4000-8000-000000000002","Title":"T","Url":"u","IsProvisioningComplete":true}"""),
        });
        var clock = new ManualTimeProvider();

        var result = await Client(stub, clock).CreateSiteAsync(Creation, CancellationToken.None);

        Assert.Equal(new SiteCreationResult(Guid.Parse(SiteId), TestSetup.Site, SiteCreationOutcome.Created), result);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], clock.Waits);
        Assert.Equal(5, stub.Requests.Count);
    }

    [Fact]
    public async Task CreateSiteAsync_UrlInUseAndReady_ReportsAlreadyExisted()
    {
        var stub = new StubHandler((request, _) => request.Uri.AbsolutePath.EndsWith("/create", StringComparison.Ordinal)
            ? Respond.Json(Provisioning(3))
            : Respond.Json(Provisioning(2)));

        var result = await Client(stub, new ManualTimeProvider()).CreateSiteAsync(Creation, CancellationToken.None);

        Assert.Equal(SiteCreationOutcome.AlreadyExisted, result.Outcome);
    }

    [Fact]
    public async Task CreateSiteAsync_ErrorAndNoSiteThere_ThrowsWithTheStatus()
    {
        var stub = new StubHandler((request, _) => request.Uri.AbsolutePath.EndsWith("/create", StringComparison.Ordinal)
            ? Respond.Json(Provisioning(3))
            : Respond.Json("""{"SiteId":"00000000-0000-0000-0000-000000000000","SiteStatus":0,"SiteUrl":""}"""));

        var exception = await Assert.ThrowsAsync<SharePointServiceException>(
            () => Client(stub, new ManualTimeProvider()).CreateSiteAsync(Creation, CancellationToken.None));

        Assert.Equal("SiteStatus 3", exception.ErrorCode);
    }

    [Fact]
    public async Task WaitUntilReadyAsync_NeverReady_GivesUpAfterMaxPolls()
    {
        var stub = new StubHandler((_, _) => Respond.Json(Provisioning(1)));

        await Assert.ThrowsAsync<TimeoutException>(
            () => Client(stub, new ManualTimeProvider()).WaitUntilReadyAsync(TestSetup.Site, CancellationToken.None));

        Assert.Equal(SiteClient.MaxPolls, stub.Requests.Count);
    }

    [Fact]
    public async Task FindSiteAsync_SiteMissing_ReturnsNull()
    {
        var stub = new StubHandler((_, _) => Respond.Json(
            """{"odata.error":{"code":"-2147024894, System.IO.FileNotFoundException","message":{"lang":"en-US","value":"File Not Found."}}}""",
            HttpStatusCode.NotFound));

        Assert.Null(await Client(stub, new ManualTimeProvider()).FindSiteAsync(TestSetup.Site, CancellationToken.None));
    }

    private static SiteClient Client(StubHandler stub, ManualTimeProvider clock) =>
        new(TestSetup.Transport(stub), TestSetup.Wrap(TestSetup.Options()), clock);

    private static string Provisioning(int status) =>
        $$"""{"SiteId":"{{SiteId}}","SiteStatus":{{status}},"SiteUrl":"{{TestSetup.Site.AbsoluteUri}}"}""";
}
