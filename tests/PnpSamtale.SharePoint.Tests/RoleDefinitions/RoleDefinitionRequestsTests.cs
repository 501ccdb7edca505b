using PnpSamtale.SharePoint.RoleDefinitions;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.RoleDefinitions;

public sealed class RoleDefinitionRequestsTests
{
    private const string Api = "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/";

    [Fact]
    public void All_Site_GetsEveryRoleDefinition()
    {
        // wire-subset.md: GET {site}/_api/web/roledefinitions
        WireAssert.SharePointGet(RoleDefinitionRequests.All(TestSetup.Site), Api + "web/roledefinitions");
    }

    [Theory]
    [InlineData(RoleTypeKind.Reader, 2)]
    [InlineData(RoleTypeKind.Contributor, 3)]
    [InlineData(RoleTypeKind.Administrator, 5)]
    [InlineData(RoleTypeKind.Editor, 6)]
    public void GetByType_Kind_UsesTheKindNumberNotTheName(RoleTypeKind kind, int number)
    {
        // wire-subset.md: GET {site}/_api/web/roledefinitions/getbytype({kind})
        WireAssert.SharePointGet(RoleDefinitionRequests.GetByType(TestSetup.Site, kind), Api + $"web/roledefinitions/getbytype({number})");
    }
}
