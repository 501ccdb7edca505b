using System.Net;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Groups;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Groups;

public sealed class SiteGroupClientTests
{
    [Fact]
    public async Task FindGroupByNameAsync_GroupMissing_ReturnsNull()
    {
        var stub = new StubHandler((_, _) => Respond.Json(
            """{"odata.error":{"code":"-2146232832, Microsoft.SharePoint.SPException","message":{"lang":"en-US","value":"Group cannot be found."}}}""",
            HttpStatusCode.NotFound));

        var group = await new SiteGroupClient(TestSetup.Transport(stub)).FindGroupByNameAsync(TestSetup.Site, "Eiere", CancellationToken.None);

        Assert.Null(group);
    }

    [Fact]
    public async Task FindGroupByNameAsync_SiteMissing_Throws()
    {
        var stub = new StubHandler((_, _) => Respond.Json(
            """{"odata.error":{"code":"-2147024894, System.IO.FileNotFoundException","message":{"lang":"en-US","value":"File Not Found."}}}""",
            HttpStatusCode.NotFound));

        var exception = await Assert.ThrowsAsync<SharePointServiceException>(
            () => new SiteGroupClient(TestSetup.Transport(stub)).FindGroupByNameAsync(TestSetup.Site, "Eiere", CancellationToken.None));

        Assert.Equal(RemoteError.SiteNotFoundCode, exception.ErrorCode);
    }

    [Fact]
    public async Task CreateGroupAsync_Created_ReadsTheGroup()
    {
        var stub = new StubHandler((_, _) => Respond.Json(
            """{"Id":21,"IsHiddenInUI":false,"LoginName":"Eiere","Title":"Eiere","PrincipalType":8,"AllowMembersEditMembership":false,"Description":null,"OnlyAllowMembersViewMembership":true,"OwnerTitle":"SharePoint App"}""",
            HttpStatusCode.Created));

        var group = await new SiteGroupClient(TestSetup.Transport(stub)).CreateGroupAsync(TestSetup.Site, "Eiere", null, CancellationToken.None);

        Assert.Equal(new SiteGroup(21, "Eiere", "Eiere", null, "SharePoint App", 8), group);
    }
}
