namespace PnpSamtale.SharePoint.Items;

/// <summary>
/// An item's ETag exactly as SharePoint sent it, quotes included — on SharePoint Online <c>"{unique id},{version}"</c>,
/// e.g. <c>"68be87d5-96e5-49ab-8477-9b17070c8a33,9"</c>. Opaque: it is only ever repeated in <c>IF-MATCH</c>, never
/// built or compared by its parts (a bare <c>"9"</c> does not match it).
/// </summary>
public readonly record struct ItemETag
{
    private ItemETag(string value) => Value = value;

    /// <summary><c>*</c>: matches any version (an unconditional write).</summary>
    public static ItemETag Any { get; } = new("*");

    /// <summary>The value as it goes in <c>IF-MATCH</c>.</summary>
    public string Value { get; }

    /// <summary>An ETag as SharePoint sent it in an <c>ETag</c> header or <c>odata.etag</c>.</summary>
    /// <exception cref="ArgumentException">The value is empty, or not a quoted entity tag nor <c>*</c>.</exception>
    public static ItemETag From(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        var trimmed = value.Trim();
        var quoted = trimmed.Length >= 2 && trimmed[^1] == '"' && (trimmed[0] == '"' || trimmed.StartsWith("W/\"", StringComparison.Ordinal));
        return quoted || trimmed == "*"
            ? new ItemETag(trimmed)
            : throw new ArgumentException($"'{value}' is not an entity tag; SharePoint sends them quoted, e.g. \"{{id}},{{version}}\".", nameof(value));
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
