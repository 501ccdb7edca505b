using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Files;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Graph;

/// <summary>
/// The Graph <c>driveItem</c> of a library document:
/// <c>{"id","name","size","webUrl","createdDateTime","lastModifiedDateTime","file":{"mimeType"}}</c>. The id is the
/// file's unique id and the MIME type follows the file extension.
/// </summary>
internal static class DriveItemJson
{
    private const string OctetStream = "application/octet-stream";

    private static readonly Dictionary<string, string> MimeTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".csv"] = "text/csv",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".htm"] = "text/html",
        [".html"] = "text/html",
        [".jpeg"] = "image/jpeg",
        [".jpg"] = "image/jpeg",
        [".json"] = "application/json",
        [".md"] = "text/markdown",
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".txt"] = "text/plain",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".xml"] = "application/xml",
    };

    /// <summary>The driveItem of a saved document.</summary>
    public static JsonObject From(SavedDocument document, Securable library, Uri baseUri) => new()
    {
        ["id"] = StoreValues.Text(document.File.UniqueId),
        ["name"] = document.File.Name,
        ["size"] = document.File.Length,
        ["webUrl"] = new Uri(baseUri, Uri.EscapeDataString(DocumentWriter.Url(library, document.File.Name)).Replace("%2F", "/", StringComparison.Ordinal).TrimStart('/')).AbsoluteUri,
        ["createdDateTime"] = StoreValues.Text(document.Item.Created),
        ["lastModifiedDateTime"] = StoreValues.Text(document.File.Modified),
        ["file"] = new JsonObject { ["mimeType"] = MimeType(document.File.Name) },
    };

    /// <summary>The MIME type of a file name's extension; <c>application/octet-stream</c> when unknown.</summary>
    public static string MimeType(string fileName) => MimeTypes.GetValueOrDefault(Path.GetExtension(fileName), OctetStream);
}
