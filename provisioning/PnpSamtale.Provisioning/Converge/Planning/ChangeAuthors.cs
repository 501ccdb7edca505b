using System.Globalization;
using PnpSamtale.SharePoint.Lists;

namespace PnpSamtale.Provisioning.Converge.Planning;

/// <summary>
/// Who gave a column of an item the value it holds now, from the item's versions: the editor of the oldest version in
/// the newest run of versions that hold that value. SharePoint keeps a version, with its editor, for every change of a
/// list item, so this is who made the change — not merely who touched the item last.
/// </summary>
internal static class ChangeAuthors
{
    /// <summary>The version that set the current value of <paramref name="field"/>, or <c>null</c> when no version holds it.</summary>
    public static ActualVersion? SetterOf(IReadOnlyList<ActualVersion> versions, ActualItem item, string field, ColumnKind kind)
    {
        ActualVersion? setBy = null;
        foreach (var version in versions.OrderByDescending(v => v.VersionId).ThenByDescending(v => v.Created))
        {
            if (!Holds(version, item, field, kind))
            {
                break;
            }

            setBy = version;
        }

        return setBy;
    }

    /// <summary>Whether a version holds the value the item holds now.</summary>
    public static bool Holds(ActualVersion version, ActualItem item, string field, ColumnKind kind) => kind switch
    {
        ColumnKind.User => version.LookupId(field) == item.UserId(field),
        ColumnKind.Boolean => Flag(version.Text(field)) == Flag(item.Text(field)),
        ColumnKind.Date or ColumnKind.DateTime => Instant(version.Text(field)) == Instant(item.Text(field)),
        ColumnKind.Number => Number(version.Text(field)) == Number(item.Text(field)),
        _ => (version.Text(field) ?? string.Empty) == (item.Text(field) ?? string.Empty),
    };

    private static bool Flag(string? text) => text is "1" || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);

    private static DateTimeOffset? Instant(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : null;

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
