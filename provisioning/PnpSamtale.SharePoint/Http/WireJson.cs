using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PnpSamtale.SharePoint.Http;

/// <summary>The JSON settings for reading and writing wire bodies.</summary>
internal static class WireJson
{
    /// <summary>
    /// Case-insensitive names (SharePoint answers PascalCase, Graph camelCase), numbers accepted as strings
    /// (SharePoint sends <c>BasePermissions</c> and file lengths as strings), and an encoder that leaves Norwegian
    /// letters and <c>|</c> readable: the bodies go to an API, never into HTML.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
