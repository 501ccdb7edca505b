using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.RoleDefinitions;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.RoleDefinitions;

public sealed class RoleDefinitionClientTests
{
    [Fact]
    public async Task GetByTypeAsync_Editor_ReadsPermissionsSentAsStrings()
    {
        // The documented shape: BasePermissions High/Low are unsigned integers sent as strings.
        var stub = new StubHandler((_, _) => Respond.Json(
            """{"BasePermissions":{"High":"432","Low":"1011030767"},"Description":"Kan legge til, redigere og slette lister.","Hidden":false,"Id":1073741830,"Name":"Rediger","Order":48,"RoleTypeKind":6}"""));

        var role = await new RoleDefinitionClient(TestSetup.Transport(stub)).GetByTypeAsync(TestSetup.Site, RoleTypeKind.Editor, CancellationToken.None);

        Assert.Equal(1073741830, role.Id);
        Assert.Equal(RoleTypeKind.Editor, role.RoleTypeKind);
        Assert.Equal(new BasePermissions(432, 1011030767), role.BasePermissions);
    }
}
