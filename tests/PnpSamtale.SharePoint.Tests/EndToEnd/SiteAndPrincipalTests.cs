using PnpSamtale.SharePoint.Groups;
using PnpSamtale.SharePoint.RoleDefinitions;
using PnpSamtale.SharePoint.Sites;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.SharePoint.Tests.EndToEnd;

public sealed class SiteAndPrincipalTests
{
    [Fact]
    public async Task CreateSite_NewThenAgain_PollsUntilReadyAndIsIdempotent()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var sites = local.Get<SiteClient>();
        var url = local.Tenant.SiteUrl("medarbeidersamtaler-h2026");
        var creation = new SiteCreation("Medarbeidersamtaler H2026", url, "kari.nordmann@stinn.example");

        var first = await sites.CreateSiteAsync(creation, CancellationToken.None);
        var again = await sites.CreateSiteAsync(creation, CancellationToken.None);

        Assert.Equal(SiteCreationOutcome.Created, first.Outcome);
        Assert.Equal(SiteCreationOutcome.AlreadyExisted, again.Outcome);
        Assert.Equal(first.SiteId, again.SiteId);
        Assert.True((await sites.GetWebAsync(url, CancellationToken.None)).IsProvisioningComplete);
        Assert.True(local.Tenant.GetRequestCounts().For("GET /_api/SPSiteManager/status") >= 1);

        await sites.DeleteSiteAsync(first.SiteId, CancellationToken.None);
        Assert.Null(await sites.FindSiteAsync(url, CancellationToken.None));
    }

    [Fact]
    public async Task UsersGroupsAndRoles_RoundTrip()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("principals");
        var users = local.Get<SiteUserClient>();
        var groups = local.Get<SiteGroupClient>();

        var kari = await users.EnsureUserAsync(site, "kari.nordmann@stinn.example", CancellationToken.None);
        Assert.Equal(kari.Id, (await users.EnsureUserAsync(site, "kari.nordmann@stinn.example", CancellationToken.None)).Id);
        Assert.Equal("i:0#.f|membership|kari.nordmann@stinn.example", kari.LoginName);

        var group = await groups.CreateGroupAsync(site, "Samtaleansvarlige", null, CancellationToken.None);
        await groups.AddMemberAsync(site, group.Id, "kari.nordmann@stinn.example", CancellationToken.None);
        Assert.Equal([kari.Id], (await groups.GetMembersAsync(site, group.Id, CancellationToken.None)).Select(u => u.Id));
        Assert.Equal(group.Id, (await groups.FindGroupByNameAsync(site, "Samtaleansvarlige", CancellationToken.None))!.Id);
        await groups.RemoveMemberAsync(site, group.Id, kari.Id, CancellationToken.None);
        Assert.Empty(await groups.GetMembersAsync(site, group.Id, CancellationToken.None));
        await groups.RemoveGroupAsync(site, group.Id, CancellationToken.None);
        Assert.Null(await groups.FindGroupByNameAsync(site, "Samtaleansvarlige", CancellationToken.None));

        var edit = await local.Get<RoleDefinitionClient>().GetByTypeAsync(site, RoleTypeKind.Editor, CancellationToken.None);
        Assert.Equal(1073741830, edit.Id);
    }
}
