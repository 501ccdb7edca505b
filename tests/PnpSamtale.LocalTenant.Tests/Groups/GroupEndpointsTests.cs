using System.Net;

namespace PnpSamtale.LocalTenant.Tests.Groups;

public sealed class GroupEndpointsTests
{
    private const string SpException = "-2146232832, Microsoft.SharePoint.SPException";

    [Fact]
    public async Task SiteGroups_NewSite_HasOwnersMembersVisitors()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("groups", "Runde");

        var titles = (await tenant.GetAsync(site + "/_api/web/sitegroups"))["value"]!.AsArray().Select(g => g!["Title"]!.GetValue<string>());

        Assert.Equal(["Runde Owners", "Runde Members", "Runde Visitors"], titles);
    }

    [Fact]
    public async Task Create_NewTitle_Answers201WithGroupShape()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("group-create");

        var group = await tenant.PostAsync(site + "/_api/web/sitegroups", new { __metadata = new { type = "SP.Group" }, Title = "Samtaleansvarlige", Description = "Holdere" }, HttpStatusCode.Created);

        Assert.IsType<int>(group["Id"]!.GetValue<int>());
        Assert.False(group["IsHiddenInUI"]!.GetValue<bool>());
        Assert.Equal("Samtaleansvarlige", group["LoginName"]!.GetValue<string>());
        Assert.Equal("Samtaleansvarlige", group["Title"]!.GetValue<string>());
        Assert.Equal(8, group["PrincipalType"]!.GetValue<int>());
        Assert.False(group["AllowMembersEditMembership"]!.GetValue<bool>());
        Assert.Equal("Holdere", group["Description"]!.GetValue<string>());
        Assert.True(group["OnlyAllowMembersViewMembership"]!.GetValue<bool>());
        Assert.Equal("SharePoint App", group["OwnerTitle"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_TitleInUse_Answers400NameInUse()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("group-dup");
        await tenant.PostAsync(site + "/_api/web/sitegroups", new { Title = "Ledere" }, HttpStatusCode.Created);

        var response = await tenant.SendAsync(HttpMethod.Post, site + "/_api/web/sitegroups", new { Title = "ledere" });

        await TestTenant.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "-2130575293, Microsoft.SharePoint.SPException", "The specified name is already in use.");
    }

    [Fact]
    public async Task GetByName_Missing_Answers404GroupNotFound()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("group-missing");

        var byName = await tenant.Http.GetAsync(site + "/_api/web/sitegroups/getbyname('Finnes ikke')");
        var byId = await tenant.Http.GetAsync(site + "/_api/web/sitegroups/getbyid(999)");

        await TestTenant.ExpectErrorAsync(byName, HttpStatusCode.NotFound, SpException, "Group cannot be found.");
        await TestTenant.ExpectErrorAsync(byId, HttpStatusCode.NotFound, SpException, "Group cannot be found.");
    }

    [Fact]
    public async Task Members_AddListRemove_FollowTheWire()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("members");
        var group = await tenant.PostAsync(site + "/_api/web/sitegroups", new { Title = "Partnere" }, HttpStatusCode.Created);
        var users = $"{site}/_api/web/sitegroups/getbyid({group["Id"]})/users";

        var added = await tenant.PostAsync(users, new { __metadata = new { type = "SP.User" }, LoginName = "i:0#.f|membership|per@stinn.no" }, HttpStatusCode.Created);
        var listed = await tenant.GetAsync(users);
        var removed = await tenant.SendAsync(HttpMethod.Delete, $"{users}/getbyid({added["Id"]})");
        var after = await tenant.GetAsync($"{site}/_api/web/sitegroups/getbyname('Partnere')/users");

        Assert.Equal("per@stinn.no", added["UserPrincipalName"]!.GetValue<string>());
        Assert.Single(listed["value"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Empty(await removed.Content.ReadAsStringAsync());
        Assert.Empty(after["value"]!.AsArray());
    }

    [Fact]
    public async Task RemoveById_PostOrDelete_AnswersOdataNull()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("remove-group");
        var a = await tenant.PostAsync(site + "/_api/web/sitegroups", new { Title = "A" }, HttpStatusCode.Created);
        var b = await tenant.PostAsync(site + "/_api/web/sitegroups", new { Title = "B" }, HttpStatusCode.Created);

        var viaPost = await tenant.PostAsync($"{site}/_api/web/sitegroups/removebyid({a["Id"]})");
        var viaDelete = await TestTenant.ExpectAsync(await tenant.SendAsync(HttpMethod.Delete, $"{site}/_api/web/sitegroups/removebyid({b["Id"]})"), HttpStatusCode.OK);
        var missing = await tenant.Http.GetAsync($"{site}/_api/web/sitegroups/getbyid({a["Id"]})");

        Assert.True(viaPost["odata.null"]!.GetValue<bool>());
        Assert.True(viaDelete["odata.null"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
