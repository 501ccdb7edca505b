using System.Net;
using System.Text;

namespace PnpSamtale.LocalTenant.Tests.Files;

public sealed class FileEndpointsTests
{
    [Fact]
    public async Task AddUsingPath_NewFile_AnswersFileAndItemAndBytes()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("files");
        await tenant.CreateListAsync(site, "Samtaleskjema", "documentLibrary");
        var bytes = Encoding.UTF8.GetBytes("skjema for Kari");

        var response = await tenant.Http.PostAsync($"{site}/_api/web/GetFolderByServerRelativePath(decodedurl='{site}/Samtaleskjema')/Files/AddUsingPath(decodedurl='kari.docx',overwrite=true)", new ByteArrayContent(bytes));
        var file = await TestTenant.ExpectAsync(response, HttpStatusCode.OK);
        var url = Uri.EscapeDataString(file["ServerRelativeUrl"]!.GetValue<string>());
        var item = await tenant.GetAsync($"{site}/_api/web/GetFileByServerRelativePath(decodedurl='{url}')/ListItemAllFields?$select=Id,FileLeafRef");
        var content = await tenant.Http.GetByteArrayAsync($"{site}/_api/web/GetFileByServerRelativePath(decodedurl='{url}')/$value");

        Assert.Equal("kari.docx", file["Name"]!.GetValue<string>());
        Assert.Equal($"{site}/Samtaleskjema/kari.docx", file["ServerRelativeUrl"]!.GetValue<string>());
        Assert.True(Guid.TryParse(file["UniqueId"]!.GetValue<string>(), out _));
        Assert.Equal(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), file["Length"]!.GetValue<string>());
        Assert.NotNull(file["TimeLastModified"]);
        Assert.Equal(1, item["Id"]!.GetValue<int>());
        Assert.Equal("kari.docx", item["FileLeafRef"]!.GetValue<string>());
        Assert.Equal(bytes, content);
    }

    [Fact]
    public async Task AddUsingPath_ExistingWithoutOverwrite_Answers400()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("files-dup");
        await tenant.CreateListAsync(site, "Skjema", "documentLibrary");
        var add = $"{site}/_api/web/GetFolderByServerRelativePath(decodedurl='{site}/Skjema')/Files/AddUsingPath(decodedurl='a.txt',overwrite=false)";
        await TestTenant.ExpectAsync(await tenant.Http.PostAsync(add, new ByteArrayContent([1])), HttpStatusCode.OK);

        var again = await tenant.Http.PostAsync(add, new ByteArrayContent([2]));

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task GetFile_Missing_Answers404()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("files-404");
        await tenant.CreateListAsync(site, "Skjema", "documentLibrary");

        var response = await tenant.Http.GetAsync($"{site}/_api/web/GetFileByServerRelativePath(decodedurl='{site}/Skjema/nei.docx')/ListItemAllFields");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
