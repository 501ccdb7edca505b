using System.Globalization;
using System.Text;

namespace PnpSamtale.LocalTenant.Http;

/// <summary>
/// Parses the arguments SharePoint puts in a path: keys (<c>guid'…'</c>, <c>'…'</c>, bare), quoted strings
/// (<c>''</c> escapes a quote) and named argument lists (<c>copyRoleAssignments=false,clearSubscopes=true</c>).
/// Slashes inside quoted arguments arrive as <c>%2F</c> (see <see cref="PathNormalizationMiddleware"/>).
/// </summary>
internal static class ODataArgs
{
    /// <summary>A GUID key in any of the accepted forms.</summary>
    public static Guid Guid(string? raw)
    {
        var text = (raw ?? string.Empty).Trim();
        if (text.StartsWith("guid", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        text = text.Trim('\'');
        return System.Guid.TryParse(text, out var id) ? id : throw SpErrors.Unsupported($"'{raw}' is not a GUID key; expected guid'00000000-0000-0000-0000-000000000000'.");
    }

    /// <summary>A quoted string argument, unescaped.</summary>
    public static string String(string? raw)
    {
        var text = Decode((raw ?? string.Empty).Trim());
        if (text.Length < 2 || text[0] != '\'' || text[^1] != '\'')
        {
            throw SpErrors.Unsupported($"'{raw}' is not a quoted string; expected '…'.");
        }

        return text[1..^1].Replace("''", "'", StringComparison.Ordinal);
    }

    /// <summary>An integer argument.</summary>
    public static int Int(string? raw) =>
        int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw SpErrors.Unsupported($"'{raw}' is not an integer.");

    /// <summary>A boolean argument.</summary>
    public static bool Bool(string? raw) =>
        bool.TryParse(raw, out var value) ? value : throw SpErrors.Unsupported($"'{raw}' is not true or false.");

    /// <summary>Named arguments (<c>a=1,b='x'</c>); names match case-insensitively, values stay raw.</summary>
    public static IReadOnlyDictionary<string, string> Named(string? raw)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in SplitOutsideQuotes(raw ?? string.Empty))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw SpErrors.Unsupported($"'{part}' is not a named argument; expected name=value.");
            }

            result[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }

        return result;
    }

    /// <summary>A required named argument.</summary>
    public static string Required(this IReadOnlyDictionary<string, string> args, string name) =>
        args.TryGetValue(name, out var value) ? value : throw SpErrors.MissingParameter(name);

    /// <summary>Quotes a value for a path or filter (<c>'</c> doubled).</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Decode(string text) => text.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    private static List<string> SplitOutsideQuotes(string text)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '\'')
            {
                quoted = !quoted;
            }

            if (c == ',' && !quoted)
            {
                parts.Add(current.ToString());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        return parts;
    }
}
