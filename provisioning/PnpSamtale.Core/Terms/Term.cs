using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PnpSamtale.Core.Terms;

/// <summary>
/// The period a round belongs to: <c>H2026</c> (autumn 2026), <c>V2027</c> (spring 2027) or <c>2027</c> (a year,
/// for annual routines).
/// </summary>
public readonly record struct Term
{
    private Term(Season season, int year)
    {
        Season = season;
        Year = year;
    }

    /// <summary>Autumn, spring or a whole year.</summary>
    public Season Season { get; }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>Creates a term, checking the year is within the calendar's range.</summary>
    public static Term Create(Season season, int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, Calendar.NorwegianHolidays.FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, Calendar.NorwegianHolidays.LastYear);
        return new Term(season, year);
    }

    /// <summary>Parses <c>H2026</c>, <c>V2027</c> or <c>2027</c> (case-insensitive).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Term term)
    {
        term = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var season = char.ToUpperInvariant(trimmed[0]) switch
        {
            'H' => Season.Autumn,
            'V' => Season.Spring,
            _ => Season.Year,
        };
        var digits = season == Season.Year ? trimmed : trimmed[1..];
        if (digits.Length != 4 || !digits.All(char.IsAsciiDigit)
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < Calendar.NorwegianHolidays.FirstYear || year > Calendar.NorwegianHolidays.LastYear)
        {
            return false;
        }

        term = new Term(season, year);
        return true;
    }

    /// <summary>Parses a term or throws a <see cref="FormatException"/> that says what is expected.</summary>
    public static Term Parse(string text) =>
        TryParse(text, out var term)
            ? term
            : throw new FormatException(
                $"'{text}' is not a term. Expected H<year> (autumn), V<year> (spring) or <year> (annual), e.g. H2026, V2027 or 2027, with a year from {Calendar.NorwegianHolidays.FirstYear} to {Calendar.NorwegianHolidays.LastYear}.");

    /// <inheritdoc />
    public override string ToString() => Season switch
    {
        Season.Autumn => $"H{Year}",
        Season.Spring => $"V{Year}",
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };
}
