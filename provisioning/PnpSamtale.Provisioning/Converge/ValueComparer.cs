using System.Globalization;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Regional;

namespace PnpSamtale.Provisioning.Converge;

/// <summary>
/// Compares a desired form value with what SharePoint returns for it: texts as they are, numbers and booleans by
/// value, dates by the calendar day in the site's time zone (SharePoint Online returns date-only columns as the UTC
/// instant of local midnight), people by site user id.
/// </summary>
internal static class ValueComparer
{
    /// <summary>The name under which a field's value comes back (<c>{Name}Id</c> for people).</summary>
    public static string ReadName(string field, ColumnKind kind) => kind == ColumnKind.User ? field + "Id" : field;

    public static bool IsEmpty(ActualItem item, string field, ColumnKind kind) =>
        kind == ColumnKind.User ? item.UserId(field) is null : string.IsNullOrEmpty(item.Text(field));

    public static bool Same(ActualItem item, FormValue desired, ColumnKind kind, IReadOnlyDictionary<string, int> users, RegionalSettings regional)
    {
        if (desired.FieldValue.Length == 0)
        {
            return IsEmpty(item, desired.FieldName, kind);
        }

        var actual = item.Text(desired.FieldName);
        return kind switch
        {
            ColumnKind.User => users.TryGetValue(PersonValues.Upn(desired.FieldValue), out var id) && item.UserId(desired.FieldName) == id,
            ColumnKind.Number => double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
                                 && double.TryParse(desired.FieldValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                                 && a.Equals(d),
            ColumnKind.Boolean => (actual ?? "0") == desired.FieldValue,
            ColumnKind.Date => Day(actual, regional) == desired.FieldValue,
            _ => (actual ?? string.Empty) == desired.FieldValue,
        };
    }

    private static string? Day(string? value, RegionalSettings regional) =>
        value is null || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? null
            : regional.Day(instant).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
