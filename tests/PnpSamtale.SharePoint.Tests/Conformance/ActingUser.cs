using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PnpSamtale.SharePoint.Tests.Conformance;

/// <summary>
/// A person working in the browser, as the local tenant lets a test be one (<c>X-Local-Act-As</c>): raw requests
/// evaluated with that user's permissions, so a conformance test can make a person's write and read it back with the
/// production client.
/// </summary>
internal sealed class ActingUser : IDisposable
{
    private readonly HttpClient http;

    public ActingUser(Uri tenant, string upn)
    {
        http = new HttpClient { BaseAddress = tenant };
        http.DefaultRequestHeaders.Accept.ParseAdd("application/json;odata=nometadata");
        http.DefaultRequestHeaders.Add("X-Local-Act-As", upn);
    }

    /// <summary>Sends a POST with a verbose-JSON body to an absolute URL.</summary>
    public async Task<HttpResponseMessage> PostAsync(Uri url, object body)
    {
        using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json;odata=verbose");
        return await http.PostAsync(url, content);
    }

    /// <summary>Sends a request built by the production client's builders, as this person.</summary>
    public async Task<HttpResponseMessage> SendAsync(SharePoint.Http.WireRequest request)
    {
        using var message = new HttpRequestMessage(request.Method, request.Uri);
        foreach (var header in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(header.Name, header.Value);
        }

        if (request.Body is { } body)
        {
            message.Content = new ReadOnlyMemoryContent(body.Content);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(body.ContentType);
        }

        return await http.SendAsync(message);
    }

    /// <summary>Sends a GET to an absolute URL.</summary>
    public Task<HttpResponseMessage> GetAsync(Uri url) => http.GetAsync(url);

    public void Dispose() => http.Dispose();
}
