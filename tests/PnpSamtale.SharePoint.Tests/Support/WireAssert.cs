using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Tests.Support;

/// <summary>Assertions on request shapes.</summary>
internal static class WireAssert
{
    public const string SharePointAccept = "application/json;odata=nometadata";
    public const string SharePointWrite = "application/json;odata=verbose";

    /// <summary>A SharePoint REST read: GET, the URL, the Accept header, no body.</summary>
    public static void SharePointGet(WireRequest request, string url)
    {
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(url, request.Uri.AbsoluteUri);
        Assert.Equal(SharePointAccept, request.GetHeader("Accept"));
        Assert.Null(request.Body);
    }

    /// <summary>A SharePoint REST write: POST, the URL, Accept, and the verbose-JSON body (or none).</summary>
    public static void SharePointPost(WireRequest request, string url, string? json = null)
    {
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(url, request.Uri.AbsoluteUri);
        Assert.Equal(SharePointAccept, request.GetHeader("Accept"));
        if (json is null)
        {
            Assert.Null(request.Body);
            return;
        }

        Assert.NotNull(request.Body);
        Assert.Equal(SharePointWrite, request.Body.ContentType);
        JsonEqual(json, request.Body.ReadText());
    }

    /// <summary>A SharePoint REST delete: DELETE, the URL, Accept and If-Match: *.</summary>
    public static void SharePointDelete(WireRequest request, string url)
    {
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal(url, request.Uri.AbsoluteUri);
        Assert.Equal(SharePointAccept, request.GetHeader("Accept"));
        Assert.Equal("*", request.GetHeader("If-Match"));
        Assert.Null(request.Body);
    }

    /// <summary>A Graph request: method, URL, Accept: application/json, and the JSON body (or none).</summary>
    public static void Graph(WireRequest request, HttpMethod method, string url, string? json = null)
    {
        Assert.Equal(method, request.Method);
        Assert.Equal(url, request.Uri.AbsoluteUri);
        Assert.Equal("application/json", request.GetHeader("Accept"));
        if (json is null)
        {
            Assert.Null(request.Body);
            return;
        }

        Assert.NotNull(request.Body);
        Assert.Equal("application/json", request.Body.ContentType);
        JsonEqual(json, request.Body.ReadText());
    }

    /// <summary>Two JSON texts with the same content (as JsonNode.DeepEquals sees it).</summary>
    public static void JsonEqual(string expected, string actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(expectedNode, actualNode), $"Expected JSON:\n{expectedNode?.ToJsonString()}\nActual JSON:\n{actualNode?.ToJsonString()}");
    }
}
