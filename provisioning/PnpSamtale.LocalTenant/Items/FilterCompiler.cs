using System.Globalization;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// Turns a <see cref="FilterExpression"/> into a predicate over any row type, given how to read each field.
/// Text compares case-insensitively (as SharePoint's collation does); a missing value equals only <c>null</c>.
/// </summary>
internal static class FilterCompiler
{
    /// <summary>The predicate of <paramref name="expression"/>; <paramref name="resolve"/> throws for unknown fields.</summary>
    public static Func<T, bool> Compile<T>(FilterExpression expression, Func<string, FilterField<T>> resolve)
    {
        switch (expression)
        {
            case FilterLogical logical:
                var left = Compile(logical.Left, resolve);
                var right = Compile(logical.Right, resolve);
                return logical.IsAnd ? row => left(row) && right(row) : row => left(row) || right(row);
            case FilterComparison comparison:
                var field = resolve(comparison.Field);
                var literal = Convert(comparison.Literal, field.Kind, comparison.Field);
                return row => Compare(field.Get(row), literal, comparison.Operator, field.Kind);
            default:
                throw FilterParser.Invalid("unknown expression");
        }
    }

    private static bool Compare(object? value, object? literal, string op, FilterValueKind kind)
    {
        if (value is null || literal is null)
        {
            var bothNull = value is null && literal is null;
            return op switch
            {
                "eq" => bothNull,
                "ne" => !bothNull,
                _ => false,
            };
        }

        var order = kind switch
        {
            FilterValueKind.Text => string.Compare((string)value, (string)literal, StringComparison.OrdinalIgnoreCase),
            FilterValueKind.Number => ((double)value).CompareTo((double)literal),
            FilterValueKind.Boolean => ((bool)value).CompareTo((bool)literal),
            FilterValueKind.Date => ((DateTimeOffset)value).CompareTo((DateTimeOffset)literal),
            _ => ((Guid)value).CompareTo((Guid)literal),
        };
        return op switch
        {
            "eq" => order == 0,
            "ne" => order != 0,
            "lt" => order < 0,
            "le" => order <= 0,
            "gt" => order > 0,
            _ => order >= 0,
        };
    }

    private static object? Convert(FilterLiteral literal, FilterValueKind kind, string field)
    {
        if (literal.Kind == FilterLiteralKind.Null)
        {
            return null;
        }

        var text = literal.Text;
        object? value = kind switch
        {
            FilterValueKind.Text => text,
            FilterValueKind.Number when literal.Kind is FilterLiteralKind.Number or FilterLiteralKind.String
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
            FilterValueKind.Boolean when text is "1" or "true" => true,
            FilterValueKind.Boolean when text is "0" or "false" => false,
            FilterValueKind.Date when literal.Kind is FilterLiteralKind.DateTime or FilterLiteralKind.String
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date) => date,
            FilterValueKind.Guid when Guid.TryParse(text, out var guid) => guid,
            _ => null,
        };
        return value ?? throw FilterParser.Invalid($"the value '{text}' does not fit the type of field '{field}'");
    }
}

/// <summary>How a filter reads a field of a row: its kind and its value (null when empty).</summary>
internal sealed record FilterField<T>(FilterValueKind Kind, Func<T, object?> Get, bool Indexed);

/// <summary>The kinds of values a filter compares.</summary>
internal enum FilterValueKind
{
    /// <summary>Text, choice, note, file name.</summary>
    Text,

    /// <summary>Numbers, ids, person ids.</summary>
    Number,

    /// <summary>Yes/no.</summary>
    Boolean,

    /// <summary>Dates and times.</summary>
    Date,

    /// <summary>GUIDs.</summary>
    Guid,
}
