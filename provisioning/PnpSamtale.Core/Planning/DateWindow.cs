using PnpSamtale.Core.Text;

namespace PnpSamtale.Core.Planning;

/// <summary>When a step can happen: from <see cref="Earliest"/> to <see cref="Latest"/>; <c>null</c> where not yet known.</summary>
public sealed record DateWindow(DateOnly? Earliest, DateOnly? Latest)
{
    /// <summary>A window of which nothing is known yet.</summary>
    public static DateWindow Unknown { get; } = new(null, null);

    /// <summary>A single day.</summary>
    public static DateWindow On(DateOnly date) => new(date, date);

    /// <summary>Whether both ends are known.</summary>
    public bool IsKnown => Earliest is not null && Latest is not null;

    /// <summary>Norwegian text: "tir. 3. nov.", "tir. 3. nov.–fre. 13. nov." or "ikke kjent".</summary>
    public override string ToString() => (Earliest, Latest) switch
    {
        ({ } e, { } l) when e == l => NorwegianDates.ShortDate(e),
        ({ } e, { } l) when e.Year != l.Year => $"{NorwegianDates.ShortDateWithYear(e)}–{NorwegianDates.ShortDateWithYear(l)}",
        ({ } e, { } l) => $"{NorwegianDates.ShortDate(e)}–{NorwegianDates.ShortDate(l)}",
        (null, { } l) => $"senest {NorwegianDates.ShortDate(l)}",
        ({ } e, null) => $"tidligst {NorwegianDates.ShortDate(e)}",
        _ => "ikke kjent",
    };
}
