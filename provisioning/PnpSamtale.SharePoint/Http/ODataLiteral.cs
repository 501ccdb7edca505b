using System.Text;

namespace PnpSamtale.SharePoint.Http;

/// <summary>Escaping for the values the builders put into URLs.</summary>
internal static class ODataLiteral
{
    /// <summary>
    /// A quoted OData string literal for a path, e.g. <c>getbytitle('Samtaler')</c>: single quotes doubled as OData
    /// requires, then percent-encoded except <c>/</c> (so server-relative paths stay readable and routable).
    /// </summary>
    public static string Quoted(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + Escape(value.Replace("'", "''", StringComparison.Ordinal)) + "'";
    }

    /// <summary>A value for a query string: every reserved character percent-encoded.</summary>
    public static string Query(string value) => Uri.EscapeDataString(value);

    /// <summary>
    /// A property path for <c>$select</c> or <c>$expand</c>, e.g. <c>RoleAssignments/Member</c>: percent-encoded like
    /// <see cref="Query"/> except <c>/</c>, which a query string may carry as it is.
    /// </summary>
    public static string QueryPath(string value) => Uri.EscapeDataString(value).Replace("%2F", "/", StringComparison.Ordinal);

    /// <summary>
    /// A Graph path segment such as a user principal name or a composite site id: percent-encoded except <c>@</c> and
    /// <c>,</c>, which Graph's own URLs carry as they are.
    /// </summary>
    public static string Segment(string value) =>
        Uri.EscapeDataString(value).Replace("%40", "@", StringComparison.Ordinal).Replace("%2C", ",", StringComparison.Ordinal);

    private static string Escape(string value)
    {
        var escaped = new StringBuilder(Uri.EscapeDataString(value));
        return escaped.Replace("%2F", "/").ToString();
    }
}
