namespace PnpSamtale.Core.Rosters;

/// <summary>A role known to be unfilled ("ledig verv").</summary>
public sealed record Vacancy(string Role, string? Campus);
