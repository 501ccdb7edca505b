using System.Globalization;
using System.Text.Json;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Items;

/// <summary>
/// Reads the answer of <see cref="ItemRequests.Versions"/>:
/// <c>{"value":[{"Created":"2026-11-02T09:15:04","IsCurrentVersion","VersionId","VersionLabel","Editor":{"LookupId","LookupValue","Email"},"{Column}":…},…]}</c>,
/// newest first. SharePoint writes a version's <c>Created</c> in UTC without a zone (as recorded from SharePoint Online);
/// it is read as UTC, never as the machine's local time.
/// </summary>
public static class ItemVersionResponses
{
    /// <summary>The versions, each with its editor and the values of <paramref name="fields"/> (those the version carries).</summary>
    /// <param name="response">A successful response.</param>
    /// <param name="fields">The internal names of the columns to keep, e.g. <c>Status</c>.</param>
    /// <exception cref="JsonException">The body is not a list of versions.</exception>
    public static IReadOnlyList<ItemVersion> Read(WireResponse response, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(fields);
        using var document = JsonDocument.Parse(response.Content);
        if (!document.RootElement.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The versions answer has no 'value' array.");
        }

        return [.. value.EnumerateArray().Select(v => Version(v, fields))];
    }

    /// <summary>The <c>LookupId</c> of a lookup value (<c>{"LookupId":11,…}</c>), or a plain id; <c>null</c> otherwise.</summary>
    internal static int? LookupId(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object when value.TryGetProperty("LookupId", out var id) && id.TryGetInt32(out var number) => number,
        JsonValueKind.Number when value.TryGetInt32(out var number) => number,
        _ => null,
    };

    private static ItemVersion Version(JsonElement version, IReadOnlyList<string> fields)
    {
        var id = Required(version, "VersionId").TryGetInt32(out var versionId) ? versionId : throw new JsonException("A version's VersionId is not a number.");
        var created = Required(version, "Created").GetString() is { } text
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var when)
            ? when
            : throw new JsonException($"Version {id} has no readable Created.");
        var values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            if (version.TryGetProperty(field, out var fieldValue))
            {
                values[field] = fieldValue.Clone();
            }
        }

        return new ItemVersion(id, Required(version, "VersionLabel").GetString() ?? string.Empty, Required(version, "IsCurrentVersion").GetBoolean(), created)
        {
            EditorId = version.TryGetProperty("Editor", out var editor) ? LookupId(editor) : null,
            Values = values,
        };
    }

    private static JsonElement Required(JsonElement version, string name) =>
        version.TryGetProperty(name, out var value) ? value : throw new JsonException($"A version has no '{name}'.");
}
