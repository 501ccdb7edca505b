using System.Net;
using PnpSamtale.LocalTenant.Tests.Folders;
using static PnpSamtale.LocalTenant.Tests.Graph.GraphDriveTests;

namespace PnpSamtale.LocalTenant.Tests.Items;

/// <summary>
/// What SharePoint Online lets whoever may edit a document or folder do, and the round's people try: rename it
/// (<c>ValidateUpdateListItem</c> with <c>FileLeafRef</c>), and delete a past version (only with DeleteVersions).
/// </summary>
public sealed class ItemRenameTests
{
    [Fact]
    public async Task A_document_is_renamed_through_ValidateUpdateListItem_and_its_file_follows()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (site, list) = await LibraryWithAsync(tenant, "rename-doc", "a.txt", "b.txt");

        var answer = await tenant.PostAsync($"{list}/items(1)/ValidateUpdateListItem", Values(("FileLeafRef", "c.txt")));
        var item = await tenant.GetAsync($"{list}/items(1)?$select=FileLeafRef");
        var content = await tenant.Http.GetStringAsync($"{site}/_api/web/GetFileByServerRelativePath(decodedurl='{site}/Skjema/c.txt')/$value");
        var old = await tenant.Http.GetAsync($"{site}/_api/web/GetFileByServerRelativePath(decodedurl='{site}/Skjema/a.txt')/$value");

        Assert.False(answer["value"]![0]!["HasException"]!.GetValue<bool>());
        Assert.Equal("c.txt", item["FileLeafRef"]!.GetValue<string>());
        Assert.Equal("a.txt", content);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
    }

    [Fact]
    public async Task A_name_the_library_has_is_refused_in_the_entry_and_nothing_changes()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (_, list) = await LibraryWithAsync(tenant, "rename-taken", "a.txt", "b.txt");

        var answer = await tenant.PostAsync($"{list}/items(1)/ValidateUpdateListItem", Values(("Title", "ny"), ("FileLeafRef", "B.TXT")));
        var item = await tenant.GetAsync($"{list}/items(1)?$select=FileLeafRef,Title");

        var entry = answer["value"]!.AsArray().Single(e => e!["FieldName"]!.GetValue<string>() == "FileLeafRef")!;
        Assert.True(entry["HasException"]!.GetValue<bool>());
        Assert.Equal(-2130575257, entry["ErrorCode"]!.GetValue<int>());
        Assert.Equal(("a.txt", (string?)null), (item["FileLeafRef"]!.GetValue<string>(), item["Title"]?.GetValue<string>()));
    }

    [Fact]
    public async Task A_renamed_folder_takes_what_is_in_it_along()
    {
        await using var tenant = await TestTenant.StartAsync();
        var measures = await FolderTestList.CreateAsync(tenant, "rename-folder");
        var folder = await measures.AddFolderAsync("tiltak-a");
        var inside = await measures.AddItemInAsync(measures.Root + "/tiltak-a", "Kurs");

        await tenant.PostAsync(measures.Item(folder) + "/ValidateUpdateListItem", Values(("FileLeafRef", "tiltak-b")));
        var item = await tenant.GetAsync(measures.Item(inside) + "?$select=FileDirRef");
        var inB = await tenant.GetAsync($"{measures.List}/items?$select=Id&$filter=FileDirRef eq '{measures.Root}/tiltak-b'");

        Assert.Equal(measures.Root + "/tiltak-b", item["FileDirRef"]!.GetValue<string>());
        Assert.Equal([inside], inB["value"]!.AsArray().Select(i => i!["Id"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_list_item_has_no_name_to_change()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("rename-item", "Runde");
        var list = await tenant.CreateListAsync(site, "Samtaler");
        var id = await tenant.AddItemAsync(site, list, ("Title", "x"));

        var answer = await tenant.SendAsync(HttpMethod.Post, $"{site}/_api/web/lists(guid'{list}')/items({id})/ValidateUpdateListItem", Values(("FileLeafRef", "y")));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
    }

    [Theory]
    [InlineData(1073741827, HttpStatusCode.OK)] // Contribute includes DeleteVersions
    [InlineData(1073741826, HttpStatusCode.Forbidden)] // Read does not
    public async Task A_past_version_is_deleted_only_with_DeleteVersions(int roleDefinition, HttpStatusCode expected)
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("version-delete", "Runde");
        var listId = await tenant.CreateListAsync(site, "Samtaler");
        var list = $"{site}/_api/web/lists(guid'{listId}')";
        var id = await tenant.AddItemAsync(site, listId, ("Title", "v1"));
        await tenant.PostAsync($"{list}/items({id})/ValidateUpdateListItem", Values(("Title", "v2")));
        var person = await tenant.EnsureUserAsync(site, "per@stinn.no");
        await tenant.PostAsync($"{list}/items({id})/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)");
        await tenant.PostAsync($"{list}/items({id})/roleassignments/addroleassignment(principalid={person},roledefid={roleDefinition})");

        var past = await tenant.SendAsync(HttpMethod.Post, $"{list}/items({id})/versions/DeleteByID(vid=512)", actAs: "per@stinn.no");
        var current = await tenant.SendAsync(HttpMethod.Post, $"{list}/items({id})/versions/DeleteByID(vid=1024)");
        var versions = await tenant.GetAsync($"{list}/items({id})/versions");

        Assert.Equal(expected, past.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, current.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? 1 : 2, versions["value"]!.AsArray().Count);
    }

    private static object Values(params (string Name, string Value)[] values) =>
        new { formValues = values.Select(v => new { FieldName = v.Name, FieldValue = v.Value }).ToArray() };

    private static async Task<(string Site, string List)> LibraryWithAsync(TestTenant tenant, string name, params string[] files)
    {
        var site = await tenant.CreateSiteAsync(name, "Runde");
        var library = await tenant.CreateListAsync(site, "Skjema", "documentLibrary");
        var graphSite = await GraphSiteIdAsync(tenant, site);
        foreach (var file in files)
        {
            await TestTenant.ExpectAsync(await tenant.Http.PutAsync($"/v1.0/sites/{graphSite}/lists/{library}/drive/root:/{file}:/content", Bytes(file)), HttpStatusCode.Created);
        }

        return (site, $"{site}/_api/web/lists(guid'{library}')");
    }
}
