using PnpSamtale.SharePoint.Tests.Support;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.SharePoint.Tests.Users;

public sealed class DirectoryUserRequestsTests
{
    [Fact]
    public void GetUser_Upn_GetsUsersByUpnFromGraph()
    {
        // wire-subset.md: GET /v1.0/users/{upn}
        var request = DirectoryUserRequests.GetUser(TestSetup.Graph, "kari.nordmann@contoso.com");

        WireAssert.Graph(request, HttpMethod.Get, "https://graph.microsoft.com/v1.0/users/kari.nordmann@contoso.com");
    }

    [Fact]
    public void GetUser_LocalGraphBaseWithTrailingSlash_KeepsTheV10Prefix()
    {
        var request = DirectoryUserRequests.GetUser(new Uri("http://127.0.0.1:5080/v1.0/"), "ola@contoso.com");

        Assert.Equal("http://127.0.0.1:5080/v1.0/users/ola@contoso.com", request.Uri.AbsoluteUri);
    }
}
