using System.Net;

namespace PnpSamtale.LocalTenant.Tests.Users;

public sealed class UserEndpointsTests
{
    [Fact]
    public async Task EnsureUser_SamePersonTwice_AnswersSameIdAndUserShape()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("ensure");

        var first = await tenant.PostAsync(site + "/_api/web/ensureuser", new { logonName = "i:0#.f|membership|Kari.Nordmann@stinn.no" });
        var second = await tenant.PostAsync(site + "/_api/web/ensureuser", new { logonName = "kari.nordmann@stinn.no" });

        Assert.Equal(first["Id"]!.GetValue<int>(), second["Id"]!.GetValue<int>());
        Assert.False(first["IsHiddenInUI"]!.GetValue<bool>());
        Assert.Equal("i:0#.f|membership|kari.nordmann@stinn.no", first["LoginName"]!.GetValue<string>());
        Assert.Equal("Kari Nordmann", first["Title"]!.GetValue<string>());
        Assert.Equal(1, first["PrincipalType"]!.GetValue<int>());
        Assert.Equal("kari.nordmann@stinn.no", first["Email"]!.GetValue<string>());
        Assert.False(first["IsSiteAdmin"]!.GetValue<bool>());
        Assert.Equal("kari.nordmann@stinn.no", first["UserPrincipalName"]!.GetValue<string>());
    }

    [Fact]
    public async Task EnsureUser_SeededPerson_UsesDirectoryDisplayName()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("seeded");
        await TestTenant.ExpectAsync(await tenant.Http.PostAsync("/_local/users", TestTenant.Json(new { users = new[] { new { upn = "ola@stinn.no", displayName = "Ola Nordmann", preferredLanguage = "nb-NO" } } }, "application/json")), HttpStatusCode.NoContent);

        var user = await tenant.PostAsync(site + "/_api/web/ensureuser", new { logonName = "ola@stinn.no" });

        Assert.Equal("Ola Nordmann", user["Title"]!.GetValue<string>());
    }

    [Fact]
    public async Task EnsureUser_NonUpnLogin_Answers404UserNotFound()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("ensure-404");
        const string Login = "c:0-.f|rolemanager|spo-grid-all-users/tenant";

        var response = await tenant.Http.PostAsync(site + "/_api/web/ensureuser", TestTenant.Json(new { logonName = Login }));

        await TestTenant.ExpectErrorAsync(response, HttpStatusCode.NotFound, "-2146232832, Microsoft.SharePoint.SPException", $"The specified user {Login} could not be found.");
    }

    [Fact]
    public async Task EnsureUser_ClosedDirectoryUnknownUpn_Answers404()
    {
        await using var tenant = await TestTenant.StartAsync(o => o.AcceptAnyUpn = false);
        tenant.Server.SeedDirectory([new DirectoryUser("eier@stinn.no", "Eier", null)]);
        var site = await tenant.CreateSiteAsync("closed");

        var response = await tenant.Http.PostAsync(site + "/_api/web/ensureuser", TestTenant.Json(new { logonName = "ukjent@stinn.no" }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CurrentUser_AppOnly_AnswersTheAppPrincipal()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("current");

        var user = await tenant.GetAsync(site + "/_api/web/currentuser");

        Assert.Equal("i:0i.t|ms.sp.ext|app@sharepoint", user["LoginName"]!.GetValue<string>());
        Assert.Equal("SharePoint App", user["Title"]!.GetValue<string>());
    }

    [Fact]
    public async Task SiteUsers_NewSite_HoldsAppPrincipalAndOwnerAsAdmin()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("users", owner: "eier@stinn.no");

        var users = (await tenant.GetAsync(site + "/_api/web/siteusers"))["value"]!.AsArray().Select(u => u!.AsObject()).ToList();

        Assert.Equal(2, users.Count);
        var owner = Assert.Single(users, u => u["UserPrincipalName"]?.GetValue<string>() == "eier@stinn.no");
        Assert.True(owner["IsSiteAdmin"]!.GetValue<bool>());
        Assert.Contains(users, u => u["LoginName"]!.GetValue<string>() == "i:0i.t|ms.sp.ext|app@sharepoint");
    }
}
