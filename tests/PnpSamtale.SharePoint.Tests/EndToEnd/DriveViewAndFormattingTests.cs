using System.Net;
using System.Text;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Drives;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Files;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.RoleDefinitions;
using PnpSamtale.SharePoint.Users;
using PnpSamtale.SharePoint.Views;

namespace PnpSamtale.SharePoint.Tests.EndToEnd;

public sealed class DriveViewAndFormattingTests
{
    private static readonly ListDefinition Forms = new("Samtaleskjema", ListTemplate.DocumentLibrary, [new ColumnDefinition("Status", ColumnKind.Text)]);

    [Fact]
    public async Task UploadMany_45Files_GoInThreeGraphBatchesAsLibraryItemsThatOneQueryReadsWithWhoCanReadThem()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("drive");
        var library = await local.Get<ListClient>().CreateListAsync(site, Forms, CancellationToken.None);
        var uploads = Enumerable.Range(1, 45).Select(i => new DriveUpload(site, library.Id, $"skjema-{i:D2}.json", Encoding.UTF8.GetBytes($"{{\"n\":{i}}}"))).ToList();
        local.Tenant.ResetRequestCounts();

        var results = await local.Get<DriveClient>().UploadManyAsync(uploads, CancellationToken.None);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.ToString()));
        Assert.Equal(uploads.Select(u => u.FileName), results.Select(r => r.Value!.Name));
        Assert.Equal("application/json", results[0].Value!.File!.MimeType);
        var counts = local.Tenant.GetRequestCounts();
        Assert.Equal(3, counts.For("POST /v1.0/$batch"));
        Assert.Equal(45, counts.Writes);

        var kari = await local.Get<SiteUserClient>().EnsureUserAsync(site, "kari.nordmann@stinn.example", CancellationToken.None);
        var read = await local.Get<RoleDefinitionClient>().GetByTypeAsync(site, RoleTypeKind.Reader, CancellationToken.None);
        var first = SecurableScope.Item(site, library.Id, 1);
        var permissions = local.Get<PermissionClient>();
        Assert.All(await permissions.ApplyAsync(site, [new BreakInheritance(first, false, false), new AddRoleAssignment(first, kari.Id, read.Id)], CancellationToken.None), r => Assert.True(r.Succeeded));
        local.Tenant.ResetRequestCounts();

        var items = await local.Get<ItemClient>().QueryItemsAsync(site, library.Id,
            new ItemQuery(["FileLeafRef", "Status", "HasUniqueRoleAssignments"], Top: 5000, Expand: ItemQuery.RoleAssignmentsExpansion), CancellationToken.None);

        Assert.Equal(1, local.Tenant.GetRequestCounts().Total);
        Assert.Equal(uploads.Select(u => u.FileName), items.Select(i => i.GetString("FileLeafRef")));
        Assert.Equal(Roles(await permissions.GetRoleAssignmentsAsync(first, CancellationToken.None)), Roles(items[0].RoleAssignments!));
        Assert.Contains(items[0].RoleAssignments!, a => a.Member.Id == kari.Id && a.RoleDefinitionBindings.Single().RoleTypeKind == RoleTypeKind.Reader);
        Assert.Equal(Roles(await permissions.GetRoleAssignmentsAsync(SecurableScope.Item(site, library.Id, 2), CancellationToken.None)), Roles(items[1].RoleAssignments!));
        Assert.DoesNotContain(items[1].RoleAssignments!, a => a.Member.Id == kari.Id);
        Assert.Equal([true, false], items.Take(2).Select(i => i.GetBoolean("HasUniqueRoleAssignments")));
    }

    [Fact]
    public async Task Upload_SameNameAgain_IsRefusedAndTheFirstFileStays()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("drive-replace");
        var library = await local.Get<ListClient>().CreateListAsync(site, Forms, CancellationToken.None);
        var drive = local.Get<DriveClient>();

        var created = await drive.UploadAsync(new DriveUpload(site, library.Id, "kari.json", "{\"v\":1}"u8.ToArray()), CancellationToken.None);
        var again = await drive.UploadManyAsync([new DriveUpload(site, library.Id, "kari.json", "{\"v\":2}"u8.ToArray())], CancellationToken.None);

        var url = new Uri(created.WebUrl).AbsolutePath;
        var error = Assert.Single(again).Error!;
        Assert.Equal((HttpStatusCode.Conflict, "nameAlreadyExists"), (error.Status, error.Code));
        Assert.Equal("{\"v\":1}", Encoding.UTF8.GetString((await local.Get<FileClient>().DownloadAsync(site, url, CancellationToken.None)).Span));
        Assert.Single(await local.Get<ItemClient>().GetVersionsAsync(site, library.Id, 1, CancellationToken.None));
    }

    [Fact]
    public async Task Upload_IntoAList_IsATypedGraphError()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("drive-list");
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);

        var results = await local.Get<DriveClient>().UploadManyAsync([new DriveUpload(site, list.Id, "a.txt", new byte[] { 1 })], CancellationToken.None);

        var error = Assert.Single(results).Error!;
        Assert.Equal((HttpStatusCode.BadRequest, "invalidRequest"), (error.Status, error.Code));
    }

    [Fact]
    public async Task ItemReads_InASharePointBatchWithExpansion_AreReadWithThePublicReaders()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("batch-readers");
        var library = await local.Get<ListClient>().CreateListAsync(site, Forms, CancellationToken.None);
        await local.Get<DriveClient>().UploadManyAsync([new DriveUpload(site, library.Id, "a.txt", new byte[] { 1 }), new DriveUpload(site, library.Id, "b.txt", new byte[] { 2 })], CancellationToken.None);
        IReadOnlyList<Http.WireRequest> requests =
        [
            ItemRequests.Get(site, library.Id, 1, ["FileLeafRef"], ItemQuery.RoleAssignmentsExpansion),
            ItemRequests.Query(site, library.Id, new ItemQuery(["FileLeafRef"], Top: 1, Expand: ItemQuery.RoleAssignmentsExpansion)),
        ];
        local.Tenant.ResetRequestCounts();

        var responses = await local.Get<SharePointBatchExecutor>().ExecuteAsync(site, requests, CancellationToken.None);
        var one = ItemResponses.Item(responses[0]);
        var page = ItemResponses.Page(responses[1]);

        Assert.Equal("a.txt", one.GetString("FileLeafRef"));
        Assert.Equal(3, one.RoleAssignments!.Count);
        Assert.Equal("a.txt", Assert.Single(page.Items).GetString("FileLeafRef"));
        Assert.NotNull(page.NextLink);
        Assert.Equal(0, local.Tenant.GetRequestCounts().Writes);
    }

    [Fact]
    public async Task Views_AddReadAndDelete_EndToEnd()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("views");
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);
        var views = local.Get<ViewClient>();
        const string Query = "<Where><Eq><FieldRef Name=\"Status\" /><Value Type=\"Choice\">Planlagt</Value></Eq></Where><OrderBy><FieldRef Name=\"Frist\" /></OrderBy>";

        var added = await views.AddViewAsync(site, list.Id, new ViewDefinition("Planlagte", ["LinkTitle", "Status", "Frist", "Partner"], Query, 30), CancellationToken.None);
        var all = await views.GetViewsAsync(site, list.Id, CancellationToken.None);
        var refused = await Assert.ThrowsAsync<SharePointServiceException>(
            () => views.AddViewAsync(site, list.Id, new ViewDefinition("Feil", ["Finnesikke"], "", 30), CancellationToken.None));
        await views.DeleteViewAsync(site, list.Id, added.Id, CancellationToken.None);
        var after = await views.GetViewsAsync(site, list.Id, CancellationToken.None);

        Assert.Null(added.Fields);
        Assert.Equal(Query, added.ViewQuery);
        Assert.Equal([("Alle elementer", true), ("Planlagte", false)], all.Select(v => (v.Title, v.DefaultView)));
        Assert.Equal(["LinkTitle", "Status", "Frist", "Partner"], all[1].Fields);
        Assert.Equal(Query, all[1].ViewQuery);
        Assert.EndsWith("/Lists/Samtaler/Planlagte.aspx", all[1].ServerRelativeUrl, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.BadRequest, "-2147024809, System.ArgumentException"), (refused.StatusCode, refused.ErrorCode));
        Assert.Equal(["Alle elementer"], after.Select(v => v.Title));
    }

    [Fact]
    public async Task CustomFormatter_SetThenReadWithTheFields()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("formatting");
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);
        var lists = local.Get<ListClient>();
        const string Formatter = """{"$schema":"https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json","elmType":"div","txtContent":"@currentField"}""";

        await lists.SetCustomFormatterAsync(site, list.Id, "Status", Formatter, CancellationToken.None);
        var fields = (await lists.GetFieldsAsync(site, list.Id, CancellationToken.None)).ToDictionary(f => f.InternalName);
        var missing = await Assert.ThrowsAsync<SharePointServiceException>(() => lists.SetCustomFormatterAsync(site, list.Id, "Finnesikke", Formatter, CancellationToken.None));

        Assert.Equal(Formatter, fields["Status"].CustomFormatter);
        Assert.Null(fields["SamtaleKey"].CustomFormatter);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(2, local.Tenant.GetRequestCounts().For("MERGE /_api/web/lists({listKey})/fields/getbyinternalnameortitle({fieldName})")); // the set and the refused one
    }

    private static List<(int, string)> Roles(IEnumerable<RoleAssignment> assignments) =>
        [.. assignments.SelectMany(a => a.RoleDefinitionBindings.Select(r => (a.Member.Id, r.Name)))];
}
