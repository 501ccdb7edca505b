using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.SharePoint.Tests.Users;

public sealed class LoginNamesTests
{
    [Theory]
    [InlineData("kari@contoso.com", "i:0#.f|membership|kari@contoso.com")]
    [InlineData("i:0#.f|membership|kari@contoso.com", "i:0#.f|membership|kari@contoso.com")]
    [InlineData("c:0-.f|rolemanager|spo-grid-all-users/4b1d", "c:0-.f|rolemanager|spo-grid-all-users/4b1d")]
    [InlineData("Everyone except external users", "Everyone except external users")]
    public void ForUser_Value_PrefixesOnlyBareUpns(string input, string expected)
    {
        Assert.Equal(expected, LoginNames.ForUser(input));
    }
}
