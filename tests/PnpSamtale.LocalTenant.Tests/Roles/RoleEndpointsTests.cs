using System.Net;

namespace PnpSamtale.LocalTenant.Tests.Roles;

public sealed class RoleEndpointsTests
{
    [Theory]
    [InlineData(5, 1073741829, "2147483647", "4294967295")]
    [InlineData(4, 1073741828, "432", "1012866047")]
    [InlineData(6, 1073741830, "432", "1011030767")]
    [InlineData(3, 1073741827, "432", "1011028719")]
    [InlineData(2, 1073741826, "176", "138612833")]
    [InlineData(1, 1073741825, "48", "134287360")]
    public async Task GetByType_BuiltInKind_AnswersTheRealDefinition(int kind, int id, string high, string low)
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("roles");

        var role = await tenant.GetAsync($"{site}/_api/web/roledefinitions/getbytype({kind})");

        Assert.Equal(id, role["Id"]!.GetValue<int>());
        Assert.Equal(kind, role["RoleTypeKind"]!.GetValue<int>());
        Assert.Equal(high, role["BasePermissions"]!["High"]!.GetValue<string>());
        Assert.Equal(low, role["BasePermissions"]!["Low"]!.GetValue<string>());
        Assert.Equal(kind == 1, role["Hidden"]!.GetValue<bool>());
        Assert.NotNull(role["Name"]);
        Assert.NotNull(role["Description"]);
        Assert.NotNull(role["Order"]);
    }

    [Fact]
    public async Task GetByType_KindTheSiteLacks_Answers400()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("roles-400");

        var response = await tenant.Http.GetAsync($"{site}/_api/web/roledefinitions/getbytype(7)");

        await TestTenant.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "-2147024809, System.ArgumentException", "Value does not fall within the expected range.");
    }

    [Fact]
    public async Task RoleDefinitions_All_AnswersSixInOrder()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("roles-all");

        var kinds = (await tenant.GetAsync($"{site}/_api/web/roledefinitions"))["value"]!.AsArray().Select(r => r!["RoleTypeKind"]!.GetValue<int>());

        Assert.Equal([5, 4, 6, 3, 2, 1], kinds);
    }
}
