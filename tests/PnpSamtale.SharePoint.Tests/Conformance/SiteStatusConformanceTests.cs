using PnpSamtale.SharePoint.Sites;
using PnpSamtale.SharePoint.Tests.EndToEnd;

namespace PnpSamtale.SharePoint.Tests.Conformance;

/// <summary>
/// Rule: <c>SPSiteManager/status</c> answers a URL with no site with an empty <c>SiteId</c> and <c>SiteUrl</c> and
/// status 0 (documented) or 1 (real tenants since March 2026, sp-dev-docs#10746); <c>create</c> on a taken URL answers
/// 4 (documented). The client reads both tolerantly and tells a missing site from one being created.
/// </summary>
public sealed class SiteStatusConformanceTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task MissingSite_IsMissingWhateverStatusTheTenantAnswers(int missingStatus)
    {
        await using var local = await LocalTenantFixture.StartAsync(configure: o => o.MissingSiteStatus = missingStatus);
        var sites = local.Get<SiteClient>();
        var url = local.Tenant.SiteUrl("finnes-ikke");

        var status = await sites.GetStatusAsync(url, CancellationToken.None);
        var state = await sites.GetStateAsync(url, CancellationToken.None);

        Assert.Equal((SiteStatus)missingStatus, status.SiteStatus);
        Assert.Null(status.SiteId);
        Assert.Equal(SiteState.Missing, state);
    }

    [Fact]
    public async Task FirstProvisioning_CreatesTheSiteThenFindsItReady_AndCreatingAgainFindsItThere()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var sites = local.Get<SiteClient>();
        var creation = new SiteCreation("Runde", local.Tenant.SiteUrl("ny-runde"), "owner@stinn.example");

        Assert.Equal(SiteState.Missing, await sites.GetStateAsync(creation.Url, CancellationToken.None));
        var created = await sites.CreateSiteAsync(creation, CancellationToken.None);
        var again = await sites.CreateSiteAsync(creation, CancellationToken.None);

        Assert.Equal(SiteCreationOutcome.Created, created.Outcome);
        Assert.NotEqual(Guid.Empty, created.SiteId);
        Assert.Equal(SiteCreationOutcome.AlreadyExisted, again.Outcome);
        Assert.Equal(created.SiteId, again.SiteId);
        Assert.Equal(SiteState.Ready, await sites.GetStateAsync(creation.Url, CancellationToken.None));
    }
}
