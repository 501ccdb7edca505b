namespace PnpSamtale.Core.Terms;

/// <summary>The part of a month the routine's "primo", "medio" and "ultimo" refer to.</summary>
public enum MonthPart
{
    /// <summary>Days 1–10.</summary>
    Primo,

    /// <summary>Days 11–20.</summary>
    Medio,

    /// <summary>Day 21 to the end of the month.</summary>
    Ultimo,
}
