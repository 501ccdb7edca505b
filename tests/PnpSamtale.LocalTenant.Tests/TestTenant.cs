using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests;

/// <summary>An in-memory local tenant plus a raw HttpClient speaking to it the way the product's client does.</summary>
internal sealed class TestTenant : IAsyncDisposable
{
    public const string Verbose = "application/json;odata=verbose";

    private static readonly string[] StatusChoices = ["Planlagt", "Gjennomført"];

    private TestTenant(LocalTenantServer server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = server.BaseUri };
        Http.DefaultRequestHeaders.Accept.ParseAdd("application/json;odata=nometadata");
        Http.DefaultRequestHeaders.UserAgent.ParseAdd("NONISV|StInn|PnpSamtale/0.1.0");
    }

    public LocalTenantServer Server { get; }

    public HttpClient Http { get; }

    public static async Task<TestTenant> StartAsync(Action<LocalTenantOptions>? configure = null)
    {
        var options = new LocalTenantOptions();
        configure?.Invoke(options);
        return new TestTenant(await LocalTenantServer.StartAsync(options, CancellationToken.None));
    }

    public static StringContent Json(object body, string contentType = Verbose)
    {
        var content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    /// <summary>Creates a site, by default Norwegian (1044) in Norway's time zone (4).</summary>
    public async Task<string> CreateSiteAsync(string name, string title = "Medarbeidersamtaler H2026", string owner = "eier@stinn.no", int lcid = 1044, int timeZoneId = 4)
    {
        var response = await Http.PostAsync("/_api/SPSiteManager/create", Json(new
        {
            request = new { Title = title, Url = Server.SiteUrl(name).AbsoluteUri, Lcid = lcid, TimeZoneId = timeZoneId, WebTemplate = "STS#3", Owner = owner, ShareByEmailEnabled = false, Description = "", Classification = "" },
        }));
        await ExpectAsync(response, HttpStatusCode.OK);
        return "/sites/" + name;
    }

    /// <summary>Creates a list through Graph with a Text "Kode" (indexed), Choice "Status", User "Holder", Number "Runde", Boolean "Ferdig", DateTime "Frist".</summary>
    public async Task<string> CreateListAsync(string site, string title, string template = "genericList")
    {
        var siteId = (await GetAsync($"/v1.0/sites/127.0.0.1:{site}"))["id"]!.GetValue<string>();
        var response = await Http.PostAsync($"/v1.0/sites/{siteId}/lists", Json(new
        {
            displayName = title,
            list = new { template },
            columns = new object[]
            {
                new { name = "Kode", text = new { maxLength = 255 }, indexed = true },
                new { name = "Status", choice = new { choices = StatusChoices } },
                new { name = "Holder", personOrGroup = new { chooseFromType = "peopleOnly" } },
                new { name = "Runde", number = new { } },
                new { name = "Ferdig", boolean = new { } },
                new { name = "Frist", dateTime = new { format = "dateOnly" } },
            },
        }, "application/json"));
        return (await ExpectAsync(response, HttpStatusCode.Created))["id"]!.GetValue<string>();
    }

    public async Task<int> AddItemAsync(string site, string listId, params (string Name, string Value)[] values)
    {
        var entries = await PostAsync($"{site}/_api/web/lists(guid'{listId}')/AddValidateUpdateItemUsingPath", AddBody(values));
        return int.Parse(entries["value"]!.AsArray().Single(e => e!["FieldName"]!.GetValue<string>() == "Id")!["FieldValue"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static object AddBody(params (string Name, string Value)[] values) => new
    {
        listItemCreateInfo = new { UnderlyingObjectType = 0 },
        formValues = values.Select(v => new { FieldName = v.Name, FieldValue = v.Value }).ToArray(),
        bNewDocumentUpdate = false,
    };

    public async Task<int> EnsureUserAsync(string site, string upn) =>
        (await PostAsync($"{site}/_api/web/ensureuser", new { logonName = "i:0#.f|membership|" + upn }))["Id"]!.GetValue<int>();

    public async Task<JsonObject> GetAsync(string url, string? actAs = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (actAs is not null)
        {
            request.Headers.Add("X-Local-Act-As", actAs);
        }

        return await ExpectAsync(await Http.SendAsync(request), HttpStatusCode.OK);
    }

    public async Task<JsonObject> PostAsync(string url, object? body = null, HttpStatusCode expected = HttpStatusCode.OK) =>
        await ExpectAsync(await Http.PostAsync(url, body is null ? null : Json(body)), expected);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body = null, string? actAs = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : Json(body) };
        if (actAs is not null)
        {
            request.Headers.Add("X-Local-Act-As", actAs);
        }

        return await Http.SendAsync(request);
    }

    public static async Task<JsonObject> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Asserts the SharePoint error body: status, code and message.</summary>
    public static async Task ExpectErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code, string message)
    {
        var body = await ExpectAsync(response, status);
        Assert.Equal(code, body["odata.error"]!["code"]!.GetValue<string>());
        Assert.Equal("en-US", body["odata.error"]!["message"]!["lang"]!.GetValue<string>());
        Assert.Equal(message, body["odata.error"]!["message"]!["value"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
