using System.Net;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests.Lists;

public sealed class FieldEndpointsTests
{
    private const string Formatter = """{"$schema":"https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json","elmType":"div","txtContent":"@currentField"}""";

    [Fact]
    public async Task MergeCustomFormatter_Tunnelled_Answers204AndTheFieldsQueryReturnsIt()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("formatter");
        var list = $"{site}/_api/web/lists(guid'{await tenant.CreateListAsync(site, "Samtaler")}')";

        var response = await MergeAsync(tenant, $"{list}/fields/getbyinternalnameortitle('Status')", new { __metadata = new { type = "SP.Field" }, CustomFormatter = Formatter });
        var fields = (await tenant.GetAsync($"{list}/fields?$select=InternalName,CustomFormatter"))["value"]!.AsArray()
            .ToDictionary(f => f!["InternalName"]!.GetValue<string>(), f => f!.AsObject());

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(Formatter, fields["Status"]["CustomFormatter"]!.GetValue<string>());
        Assert.True(fields["Kode"].ContainsKey("CustomFormatter"));
        Assert.Null(fields["Kode"]["CustomFormatter"]);
    }

    [Fact]
    public async Task MergeCustomFormatter_EmptyText_ClearsIt()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("formatter-clear");
        var list = $"{site}/_api/web/lists(guid'{await tenant.CreateListAsync(site, "Samtaler")}')";
        var field = $"{list}/fields/getbyinternalnameortitle('Kode')";
        await MergeAsync(tenant, field, new { __metadata = new { type = "SP.Field" }, CustomFormatter = Formatter });

        var cleared = await MergeAsync(tenant, field, new { __metadata = new { type = "SP.Field" }, CustomFormatter = "" });
        var kode = (await tenant.GetAsync($"{list}/fields?$select=InternalName,CustomFormatter"))["value"]!.AsArray().Single(f => f!["InternalName"]!.GetValue<string>() == "Kode")!;

        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Null(kode["CustomFormatter"]);
    }

    [Fact]
    public async Task MergeCustomFormatter_UnknownField_Answers400ColumnMissing()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("formatter-404");
        var list = $"{site}/_api/web/lists(guid'{await tenant.CreateListAsync(site, "Samtaler")}')";

        var response = await MergeAsync(tenant, $"{list}/fields/getbyinternalnameortitle('Finnesikke')", new { __metadata = new { type = "SP.Field" }, CustomFormatter = Formatter });

        await TestTenant.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "-2147024809, System.ArgumentException", "Column 'Finnesikke' does not exist. It may have been deleted by another user.");
    }

    [Fact]
    public async Task MergeField_OtherProperty_Answers400UnsupportedAndChangesNothing()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("formatter-other");
        var list = $"{site}/_api/web/lists(guid'{await tenant.CreateListAsync(site, "Samtaler")}')";

        var response = await MergeAsync(tenant, $"{list}/fields/getbyinternalnameortitle('Status')", new { __metadata = new { type = "SP.Field" }, CustomFormatter = Formatter, Title = "Ny" });
        var status = (await tenant.GetAsync($"{list}/fields?$select=InternalName,Title,CustomFormatter"))["value"]!.AsArray().Single(f => f!["InternalName"]!.GetValue<string>() == "Status")!;

        var error = await TestTenant.ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("-1, Microsoft.SharePoint.Client.InvalidClientQueryException", error["odata.error"]!["code"]!.GetValue<string>());
        Assert.Contains("'Title'", error["odata.error"]!["message"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Status", status["Title"]!.GetValue<string>());
        Assert.Null(status["CustomFormatter"]);
    }

    internal static async Task<HttpResponseMessage> MergeAsync(TestTenant tenant, string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = TestTenant.Json(body) };
        request.Headers.Add("X-HTTP-Method", "MERGE");
        request.Headers.Add("IF-MATCH", "*");
        return await tenant.Http.SendAsync(request);
    }
}
