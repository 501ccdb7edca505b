using System.Net;

namespace PnpSamtale.LocalTenant.Tests.Html;

public sealed class HtmlViewTests
{
    private static readonly string[] LibraryViewFields = ["LinkFilename"];

    [Fact]
    public async Task Root_SiteListAndSecuredItem_ShowsThemEncodedWithReaders()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("html", "Runde <H2026>");
        var list = await tenant.CreateListAsync(site, "Samtaleskjema", "documentLibrary");
        await TestTenant.ExpectAsync(await tenant.Http.PostAsync($"{site}/_api/web/GetFolderByServerRelativePath(decodedurl='{site}/Samtaleskjema')/Files/AddUsingPath(decodedurl='kari.docx',overwrite=true)", new ByteArrayContent([1])), HttpStatusCode.OK);
        var item = $"{site}/_api/web/lists(guid'{list}')/items(1)";
        var kari = await tenant.EnsureUserAsync(site, "kari.nordmann@stinn.no");
        await tenant.PostAsync($"{item}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)");
        await tenant.PostAsync($"{item}/roleassignments/addroleassignment(principalid={kari},roledefid=1073741826)");

        var response = await tenant.Http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Runde &lt;H2026&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<H2026>", html, StringComparison.Ordinal);
        Assert.Contains("Samtaleskjema", html, StringComparison.Ordinal);
        Assert.Contains("1 item", html, StringComparison.Ordinal);
        Assert.Contains("kari.docx", html, StringComparison.Ordinal);
        Assert.Contains("Kari Nordmann &lt;kari.nordmann@stinn.no&gt; (Read)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Root_GraphUploadAndAddedView_ShowsTheFileAndTheViews()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("html-views");
        var library = await tenant.CreateListAsync(site, "Skjema", "documentLibrary");
        var siteId = await Graph.GraphDriveTests.GraphSiteIdAsync(tenant, site);
        await TestTenant.ExpectAsync(await tenant.Http.PutAsync($"/v1.0/sites/{siteId}/lists/{library}/drive/root:/ola.json:/content", Graph.GraphDriveTests.Bytes("{}")), HttpStatusCode.Created);
        await tenant.PostAsync($"{site}/_api/web/lists(guid'{library}')/views/add", new { parameters = new { Title = "Mine <skjema>", ViewFields = new { results = LibraryViewFields } } });

        var html = await tenant.Http.GetStringAsync("/");

        Assert.Contains("ola.json", html, StringComparison.Ordinal);
        Assert.Contains("Views: Alle dokumenter (default), Mine &lt;skjema&gt;", html, StringComparison.Ordinal);
    }
}
