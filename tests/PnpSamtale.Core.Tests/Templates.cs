using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Rosters;

namespace PnpSamtale.Core.Tests;

/// <summary>The shipped templates, found from the repository root.</summary>
internal static class Templates
{
    public static string Root { get; } = PnpSamtale.Tests.Shared.RepositoryRoot.Path;

    public static string StinnRoutinePath => Path.Combine(Root, "templates", "routines", "stinn-medarbeidersamtaler.yaml");

    public static string NtnuRoutinePath => Path.Combine(Root, "templates", "routines", "ntnu-medarbeidersamtale.yaml");

    public static string StinnRosterPath => Path.Combine(Root, "templates", "rosters", "stinn-eksempel.yaml");

    public static string NtnuRosterPath => Path.Combine(Root, "templates", "rosters", "ntnu-eksempel.yaml");

    public static string StinnYaml => File.ReadAllText(StinnRoutinePath);

    public static Routine Stinn => RoutineLoader.LoadOrThrow(StinnYaml, "stinn.yaml", Clock.At(2026, 11, 22));

    public static Routine Ntnu => RoutineLoader.LoadOrThrow(File.ReadAllText(NtnuRoutinePath), "ntnu.yaml", Clock.At(2026, 11, 22));

    public static Roster StinnRoster => RosterLoader.LoadOrThrow(File.ReadAllText(StinnRosterPath), "stinn-eksempel.yaml");

    public static Roster NtnuRoster => RosterLoader.LoadOrThrow(File.ReadAllText(NtnuRosterPath), "ntnu-eksempel.yaml");
}

/// <summary>A fixed clock for tests.</summary>
internal sealed class Clock(DateTimeOffset now) : TimeProvider
{
    public static Clock At(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.FromHours(1)));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
