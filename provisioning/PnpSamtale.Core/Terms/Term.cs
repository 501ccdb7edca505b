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

    /// <summary>What a term looks like, for messages: "H&lt;year&gt; (autumn), V&lt;year&gt; (spring) or &lt;year&gt; (annual) …".</summary>
    public static string Expected { get; } =
        $"H<year> (autumn), V<year> (spring) or <year> (annual routines), e.g. H2026, V2027 or 2027, with a year from {Calendar.NorwegianHolidays.FirstYear} to {Calendar.NorwegianHolidays.LastYear}";

    /// <summary>Parses <c>H2026</c>, <c>V2027</c> or <c>2027</c> (case-insensitive).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Term term) => Read(text, out term) is null;

    /// <summary>
    /// Why <paramref name="text"/> is not a term, in a phrase such as "the year 1800 is outside 1900–2200, the years
    /// the Norwegian holiday calendar covers"; <c>null</c> when it is one.
    /// </summary>
    public static string? Problem(string? text) => Read(text, out _);

    /// <summary>Parses a term or throws a <see cref="FormatException"/> that says what is wrong and what is expected.</summary>
    public static Term Parse(string text) =>
        Read(text, out var term) is { } problem
            ? throw new FormatException($"'{text}' is not a term: {problem}. Expected {Expected}.")
            : term;

    private static string? Read(string? text, out Term term)
    {
        term = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "it is empty";
        }

        var trimmed = text.Trim();
        var season = char.ToUpperInvariant(trimmed[0]) switch
        {
            'H' => Season.Autumn,
            'V' => Season.Spring,
            _ => Season.Year,
        };
        var digits = season == Season.Year ? trimmed : trimmed[1..];
        if (season == Season.Year && !char.IsAsciiDigit(trimmed[0]))
        {
            return $"it starts with '{trimmed[0]}', but a term starts with H (høst, autumn), V (vår, spring) or the year itself";
        }

        if (digits.Length != 4 || !digits.All(char.IsAsciiDigit))
        {
            return season == Season.Year
                ? $"'{digits}' is not a four-digit year"
                : $"after '{trimmed[0]}' comes a four-digit year, not '{digits}'";
        }

        var year = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (year < Calendar.NorwegianHolidays.FirstYear || year > Calendar.NorwegianHolidays.LastYear)
        {
            return $"the year {year} is outside {Calendar.NorwegianHolidays.FirstYear}–{Calendar.NorwegianHolidays.LastYear}, the years the Norwegian holiday calendar (and so every plan) covers";
        }

        term = new Term(season, year);
        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Season switch
    {
        Season.Autumn => $"H{Year}",
        Season.Spring => $"V{Year}",
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };
}
