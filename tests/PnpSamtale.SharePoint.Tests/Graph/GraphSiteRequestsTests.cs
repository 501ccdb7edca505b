using PnpSamtale.SharePoint.Graph;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Graph;

public sealed class GraphSiteRequestsTests
{
    [Fact]
    public void Resolve_Site_UsesHostnameColonServerRelativePath()
    {
        // wire-subset.md: GET /v1.0/sites/{hostname}:/sites/{name}
        var request = GraphSiteRequests.Resolve(TestSetup.Graph, TestSetup.Site);

        WireAssert.Graph(request, HttpMethod.Get, "https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com:/sites/medarbeidersamtaler-h2026");
    }

    [Fact]
    public void Resolve_LocalTenantWithPort_UsesTheHostWithoutPort()
    {
        var request = GraphSiteRequests.Resolve(new Uri("http://127.0.0.1:5080/v1.0"), new Uri("http://127.0.0.1:5080/sites/runde/"));

        Assert.Equal("http://127.0.0.1:5080/v1.0/sites/127.0.0.1:/sites/runde", request.Uri.AbsoluteUri);
    }
}
