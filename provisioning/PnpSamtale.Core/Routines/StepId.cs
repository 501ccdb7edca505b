using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PnpSamtale.Core.Routines;

/// <summary>A step number as the routine writes it, e.g. <c>1.1</c> or <c>3.10</c>. Orders numerically.</summary>
public readonly record struct StepId : IComparable<StepId>
{
    private StepId(string value) => Value = value;

    /// <summary>The text, e.g. "3.10".</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="text"/> is a step number: digits separated by dots.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out StepId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var parts = text.Split('.');
        if (parts.Any(p => p.Length == 0 || p.Length > 4 || !p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        id = new StepId(text);
        return true;
    }

    /// <summary>Parses a step number or throws a <see cref="FormatException"/> naming the expected form.</summary>
    public static StepId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a step number; expected digits separated by dots, e.g. 1.2 or 3.10.");

    /// <inheritdoc />
    public int CompareTo(StepId other)
    {
        var a = (Value ?? string.Empty).Split('.');
        var b = (other.Value ?? string.Empty).Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = int.Parse(a[i], CultureInfo.InvariantCulture).CompareTo(int.Parse(b[i], CultureInfo.InvariantCulture));
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Orders step numbers numerically.</summary>
    public static bool operator <(StepId left, StepId right) => left.CompareTo(right) < 0;

    /// <summary>Orders step numbers numerically.</summary>
    public static bool operator >(StepId left, StepId right) => left.CompareTo(right) > 0;

    /// <summary>Orders step numbers numerically.</summary>
    public static bool operator <=(StepId left, StepId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders step numbers numerically.</summary>
    public static bool operator >=(StepId left, StepId right) => left.CompareTo(right) >= 0;
}
