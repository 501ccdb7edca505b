using System.Globalization;
using System.Text.RegularExpressions;
using PnpSamtale.LocalTenant.Http;

namespace PnpSamtale.LocalTenant.Mail;

/// <summary>
/// The query options of the message reads in the subset: <c>$filter</c> on a single-value extended property —
/// <c>singleValueExtendedProperties/Any(ep: ep/id eq '{id}' and ep/value eq '{value}')</c>, or with the id only — the
/// value compared without regard to case (singlevaluelegacyextendedproperty-get); <c>$expand</c> of one extended property
/// by id, <c>singleValueExtendedProperties($filter=id eq '{id}')</c> — "currently the only way to get" one, and a
/// filtered list does not include it otherwise; <c>$select</c>; <c>$top</c> (default 10, at most 1000) and <c>$skip</c>.
/// Any other filter is refused with Graph's <c>400 ErrorInvalidUrlQueryFilter</c> ("The query filter contains one or
/// more invalid nodes.", microsoft-graph-explorer-v4#3957): stricter than Graph, which understands more.
/// </summary>
internal sealed partial record MessageQuery(ExtendedPropertyId? FilterId, string? FilterValue, ExtendedPropertyId? Expand, IReadOnlyList<string> Select, int Top, int Skip)
{
    private static readonly string[] Known = ["$filter", "$expand", "$select", "$top", "$skip"];

    /// <summary>The options of <paramref name="http"/>'s query string; 400 for what the subset does not know.</summary>
    public static MessageQuery From(HttpContext http, bool collection)
    {
        var query = http.Request.Query;
        foreach (var key in query.Keys.Where(k => !Known.Contains(k, StringComparer.OrdinalIgnoreCase) || (!collection && k is "$filter" or "$top" or "$skip")))
        {
            throw GraphErrorException.Invalid($"The query option '{key}' is not supported by the local tenant on this resource.");
        }

        var select = Projection.Names(query["$select"].ToString());
        if (select.FirstOrDefault(s => !MessageJson.Names.Contains(s, StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            throw new GraphErrorException(StatusCodes.Status400BadRequest, "RequestBroker--ParseUri", $"Could not find a property named '{unknown}' on type 'microsoft.graph.message'.");
        }

        var (filterId, filterValue) = Filter(query["$filter"].ToString());
        return new MessageQuery(
            filterId,
            filterValue,
            ExpandOf(query["$expand"].ToString()),
            select,
            Number(query["$top"].ToString(), "$top", 10, 1, 1000),
            Number(query["$skip"].ToString(), "$skip", 0, 0, int.MaxValue));
    }

    /// <summary>Whether <paramref name="message"/> passes the filter.</summary>
    public bool Matches(MailMessageRecord message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return FilterId is null || message.Properties.Any(p =>
            ExtendedPropertyId.Parse(p.Id) is { } id && id.SameAs(FilterId)
            && (FilterValue is null || string.Equals(p.Value, FilterValue, StringComparison.OrdinalIgnoreCase)));
    }

    private static (ExtendedPropertyId? Id, string? Value) Filter(string text)
    {
        if (text.Length == 0)
        {
            return (null, null);
        }

        var match = FilterSyntax().Match(text);
        var id = match.Success ? ExtendedPropertyId.Parse(Unquote(match.Groups["id"].Value)) : null;
        return id is null
            ? throw new GraphErrorException(StatusCodes.Status400BadRequest, "ErrorInvalidUrlQueryFilter", "The query filter contains one or more invalid nodes.")
            : (id, match.Groups["value"].Success ? Unquote(match.Groups["value"].Value) : null);
    }

    private static ExtendedPropertyId? ExpandOf(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var match = ExpandSyntax().Match(text);
        return (match.Success ? ExtendedPropertyId.Parse(Unquote(match.Groups["id"].Value)) : null)
            ?? throw GraphErrorException.Invalid($"$expand '{text}' is not supported: expand singleValueExtendedProperties($filter=id eq '{{id}}'), one property by its id; all extended properties of a message cannot be read in one call.");
    }

    private static int Number(string text, string name, int fallback, int min, int max) =>
        text.Length == 0 ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw GraphErrorException.Invalid($"{name} must be a whole number from {min} to {max}; found '{text}'.");

    private static string Unquote(string quoted) => quoted.Replace("''", "'", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*singleValueExtendedProperties/any\(\s*(?<v>[A-Za-z_]\w*)\s*:\s*\k<v>/id\s+eq\s+'(?<id>(?:[^']|'')*)'(?:\s+and\s+\k<v>/value\s+eq\s+'(?<value>(?:[^']|'')*)')?\s*\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FilterSyntax();

    [GeneratedRegex(@"^\s*singleValueExtendedProperties\(\s*\$filter\s*=\s*id\s+eq\s+'(?<id>(?:[^']|'')*)'\s*\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExpandSyntax();
}
