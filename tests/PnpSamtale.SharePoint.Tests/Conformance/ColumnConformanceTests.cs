using System.Net;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Tests.EndToEnd;

namespace PnpSamtale.SharePoint.Tests.Conformance;

/// <summary>
/// Rule: Graph <c>POST /sites/{site-id}/lists/{list-id}/columns</c> adds one column to a list that exists and answers
/// <c>201</c> with the columnDefinition (Microsoft Graph, <c>list-post-columns</c>); a name the list has is refused
/// (<c>409 nameAlreadyExists</c>, a local rule). The client sends the same columnDefinition JSON as list creation.
/// </summary>
public sealed class ColumnConformanceTests
{
    private static readonly ColumnDefinition FollowUp = new("Oppfolging", ColumnKind.Date) { DisplayName = "Oppfølging" };

    [Fact]
    public async Task AddColumn_ToAnExistingList_ItemsCanBeWrittenInIt()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("conf-column");
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);

        var created = await local.Get<ColumnClient>().AddColumnAsync(site, list.Id, FollowUp, CancellationToken.None);
        var fields = await local.Get<ListClient>().GetFieldsAsync(site, list.Id, CancellationToken.None);
        var added = await local.Get<ItemClient>().AddItemAsync(site, list.Id, [FormValue.Text("SamtaleKey", "k1"), FormValue.Date("Oppfolging", new DateOnly(2027, 3, 1))], CancellationToken.None);

        Assert.Equal(("Oppfolging", "Oppfølging"), (created.Name, created.DisplayName));
        Assert.Contains(fields, f => f is { InternalName: "Oppfolging", TypeAsString: "DateTime" });
        Assert.True(added.Succeeded);
    }

    [Fact]
    public async Task AddColumn_NameTaken_IsATypedConflict()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("conf-column-taken");
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);

        var error = await Assert.ThrowsAsync<SharePointServiceException>(() =>
            local.Get<ColumnClient>().AddColumnAsync(site, list.Id, new ColumnDefinition("Status", ColumnKind.Text), CancellationToken.None));

        Assert.Equal((HttpStatusCode.Conflict, "nameAlreadyExists"), (error.StatusCode, error.ErrorCode));
    }

    [Fact]
    public async Task AddColumns_Batched_EachSucceedsOrFailsOnItsOwn()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("conf-column-batch");
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);

        var results = await local.Get<ColumnClient>().AddColumnsAsync(
            site, list.Id, [FollowUp, new ColumnDefinition("Runde", ColumnKind.Number), new ColumnDefinition("Merknad", ColumnKind.Note)], CancellationToken.None);

        Assert.Equal([true, false, true], results.Select(r => r.Succeeded));
        Assert.Equal(1, local.Tenant.GetRequestCounts().For("POST /v1.0/$batch"));
    }
}
