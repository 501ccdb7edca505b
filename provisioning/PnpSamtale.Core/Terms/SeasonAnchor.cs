using PnpSamtale.Core.Text;

namespace PnpSamtale.Core.Terms;

/// <summary>A part of a month, e.g. "primo november" (1–10 November) or "ultimo februar" (21–28/29 February).</summary>
/// <param name="Part">Primo, medio or ultimo.</param>
/// <param name="Month">The month, 1–12.</param>
public readonly record struct SeasonAnchor(MonthPart Part, int Month)
{
    /// <summary>The first calendar day of the part in <paramref name="year"/>.</summary>
    public DateOnly FirstDay(int year) => new(year, Month, Part switch
    {
        MonthPart.Primo => 1,
        MonthPart.Medio => 11,
        _ => 21,
    });

    /// <summary>The last calendar day of the part in <paramref name="year"/>.</summary>
    public DateOnly LastDay(int year) => new(year, Month, Part switch
    {
        MonthPart.Primo => 10,
        MonthPart.Medio => 20,
        _ => DateTime.DaysInMonth(year, Month),
    });

    /// <summary>Norwegian text, e.g. "primo november".</summary>
    public override string ToString() => $"{Part.ToString().ToLowerInvariant()} {NorwegianDates.MonthName(Month)}";
}
