using System.Globalization;

namespace PnpSamtale.LocalTenant.Mail;

/// <summary>
/// The id of a single-value extended property in one of its three formats (extended-properties-overview):
/// <c>{type} {guid} Name {name}</c>, <c>{type} {guid} Id {id}</c>, or <c>{type} {proptag}</c>, e.g.
/// <c>String {8ECCC264-6880-4EBE-992F-8888D2EEAA1D} Name TestProperty</c>. Two ids name the same property when their
/// type and namespace GUID match without regard to case and their names match exactly — "Filtering the string name
/// (Name) in the id of an extended property is case-sensitive" (singlevaluelegacyextendedproperty-get).
/// </summary>
internal sealed record ExtendedPropertyId(string Type, Guid? Namespace, string? Name, long? Number)
{
    // The MAPI value types a single-value property may have (extended properties' property types).
    private static readonly string[] Types = ["Binary", "Boolean", "Currency", "CLSID", "Double", "Float", "Integer", "Long", "Object", "Short", "String", "SystemTime"];

    /// <summary>The id, or null when <paramref name="text"/> is in none of the formats.</summary>
    public static ExtendedPropertyId? Parse(string? text)
    {
        var parts = (text ?? string.Empty).Split(' ', 4, StringSplitOptions.None);
        var type = Types.FirstOrDefault(t => t.Equals(parts[0], StringComparison.OrdinalIgnoreCase));
        if (type is null)
        {
            return null;
        }

        if (parts.Length == 2)
        {
            return Tag(parts[1]) is { } tag ? new ExtendedPropertyId(type, null, null, tag) : null;
        }

        if (parts.Length != 4 || !(parts[1].StartsWith('{') && parts[1].EndsWith('}')) || !Guid.TryParse(parts[1], out var ns) || parts[3].Length == 0)
        {
            return null;
        }

        return parts[2] switch
        {
            _ when parts[2].Equals("Name", StringComparison.OrdinalIgnoreCase) => new ExtendedPropertyId(type, ns, parts[3], null),
            _ when parts[2].Equals("Id", StringComparison.OrdinalIgnoreCase) && Tag(parts[3]) is { } id => new ExtendedPropertyId(type, ns, null, id),
            _ => null,
        };
    }

    /// <summary>Whether this id and <paramref name="other"/> name the same property.</summary>
    public bool SameAs(ExtendedPropertyId other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Type == other.Type && Namespace == other.Namespace && string.Equals(Name, other.Name, StringComparison.Ordinal) && Number == other.Number;
    }

    private static long? Tag(string text) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? long.TryParse(text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) ? hex : null
            : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var dec) ? dec : null;
}
