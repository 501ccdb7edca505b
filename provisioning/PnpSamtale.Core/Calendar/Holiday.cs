namespace PnpSamtale.Core.Calendar;

/// <summary>A Norwegian statutory holiday ("helligdag" or "offentlig høytidsdag") on a given date.</summary>
/// <param name="Date">The calendar date.</param>
/// <param name="Name">The Norwegian name, e.g. <c>Skjærtorsdag</c>.</param>
public sealed record Holiday(DateOnly Date, string Name);
