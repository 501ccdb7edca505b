namespace PnpSamtale.SharePoint.Http;

/// <summary>One HTTP header as it goes on the wire.</summary>
/// <param name="Name">The header name, e.g. <c>Accept</c>.</param>
/// <param name="Value">The header value, exactly as sent.</param>
public readonly record struct WireHeader(string Name, string Value)
{
    /// <summary>The value of the first header called <paramref name="name"/> (case-insensitive), or <c>null</c>.</summary>
    public static string? Find(IReadOnlyList<WireHeader> headers, string name)
    {
        ArgumentNullException.ThrowIfNull(headers);
        foreach (var header in headers)
        {
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }
}
