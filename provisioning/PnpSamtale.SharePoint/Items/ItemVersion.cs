using System.Globalization;
using System.Text.Json;

namespace PnpSamtale.SharePoint.Items;

/// <summary>
/// One version of an item, as <c>GET {item}/versions</c> answers it: who made it (<see cref="EditorId"/>) and the values
/// its columns had then, so a caller can see, version by version, who set a column to its current value.
/// </summary>
/// <param name="VersionId">The version id (512 per major version).</param>
/// <param name="VersionLabel">The label, e.g. <c>1.0</c>.</param>
/// <param name="IsCurrentVersion">Whether this is the current version.</param>
/// <param name="Created">When the version was made (UTC).</param>
public sealed record ItemVersion(int VersionId, string VersionLabel, bool IsCurrentVersion, DateTimeOffset Created)
{
    /// <summary>
    /// The site user id of the person who made this version (<c>Editor.LookupId</c>); <c>null</c> when the answer names
    /// nobody.
    /// </summary>
    public int? EditorId { get; init; }

    /// <summary>The values of the columns asked for, by internal name, as the version carries them (people as lookups).</summary>
    public IReadOnlyDictionary<string, JsonElement> Values { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>A text or choice column's value in this version, or <c>null</c> when absent or empty.</summary>
    public string? GetString(string field) =>
        Values.TryGetValue(field, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    /// <summary>
    /// A person column's site user id in this version (<c>{"LookupId":…}</c>, as versions carry people), or
    /// <c>null</c> when empty.
    /// </summary>
    public int? GetLookupId(string field) =>
        Values.TryGetValue(field, out var value) ? ItemVersionResponses.LookupId(value) : null;

    /// <summary>A number column's value in this version, or <c>null</c>.</summary>
    public double? GetNumber(string field) =>
        GetString(field) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
