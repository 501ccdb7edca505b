using System.Globalization;

namespace PnpSamtale.SharePoint.Items;

/// <summary>Literals for <see cref="ItemQuery.Filter"/>, quoted as OData wants them.</summary>
public static class ItemFilter
{
    /// <summary><c>'text'</c>, single quotes doubled.</summary>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary><c>datetime'yyyy-MM-ddTHH:mm:ssZ'</c> in UTC.</summary>
    public static string DateTime(DateTimeOffset value) =>
        "datetime'" + value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "'";

    /// <summary>An integer, invariant.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
