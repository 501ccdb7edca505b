using NCrontab;
using PnpSamtale.Core.Calendar;
using Xunit.Abstractions;

namespace PnpSamtale.Functions.Tests;

/// <summary>
/// The timers' schedules as the package's <c>functions.metadata</c> gives them to the host: six-field NCRONTAB in UTC
/// (Flex Consumption has no time zones), checked against what they are meant to do in Oslo.
/// </summary>
[Collection(FunctionsAppGroup.Name)]
public sealed class ScheduleTests(FunctionsAppFixture app, ITestOutputHelper output)
{
    private static readonly CrontabSchedule.ParseOptions SixFields = new() { IncludingSeconds = true };

    [Fact]
    public void EverySchedule_ParsesWithSeconds_AndItsNextFiveRunsInOsloArePrinted()
    {
        var schedules = Schedules();
        Assert.Equal(["DeadlineReminders", "Reconcile", "RoundKickoff", "ShredExpiredForms"], schedules.Keys.Order(StringComparer.Ordinal));
        var from = new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc);
        foreach (var (function, expression) in schedules.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Assert.Equal(6, expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            var schedule = CrontabSchedule.TryParse(expression, SixFields);
            Assert.NotNull(schedule);
            var runs = schedule.GetNextOccurrences(from, from.AddDays(30)).Take(5).ToList();
            Assert.Equal(5, runs.Count);
            output.WriteLine($"{function} ({expression} UTC), next five after {from:yyyy-MM-dd HH:mm} UTC, in Oslo time:");
            foreach (var run in runs)
            {
                output.WriteLine($"  {OsloTime.ToOslo(new DateTimeOffset(run, TimeSpan.Zero)):yyyy-MM-dd ddd HH:mm zzz}");
            }
        }
    }

    [Fact]
    public void DeadlineReminders_RunsAtSevenInOslo_EveryWeekdayOfTheYear_WinterAndSummer_NeverOnWeekends()
    {
        var schedule = CrontabSchedule.Parse(Schedules()["DeadlineReminders"], SixFields);
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var runs = schedule.GetNextOccurrences(start, start.AddYears(1)).Select(r => OsloTime.ToOslo(new DateTimeOffset(r, TimeSpan.Zero))).ToList();
        Assert.All(runs, r => Assert.True(r.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{r} is a weekend."));
        var sevens = runs.Where(r => r.Hour == 7 && r.Minute == 0).Select(r => DateOnly.FromDateTime(r.DateTime)).ToHashSet();
        for (var day = new DateOnly(2026, 1, 1); day < new DateOnly(2027, 1, 1); day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                Assert.True(sevens.Contains(day), $"No run at 07:00 Oslo time on {day:yyyy-MM-dd}.");
            }
        }

        // The other hour is before 07:00 (winter) or after (summer): never in the night; and only one run a day is in
        // the hour from 07:00, the one that sends.
        Assert.All(runs, r => Assert.InRange(r.Hour, 6, 8));
        Assert.All(runs.GroupBy(r => r.Date), day => Assert.Single(day, r => r.Hour == 7));
    }

    [Fact]
    public void OtherTimers_ShreddingNightlyInTheNight_KickoffDailyBeforeTheReminders_ReconcileEveryQuarterHour()
    {
        var schedules = Schedules();
        var day = new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        int Count(string function) => CrontabSchedule.Parse(schedules[function], SixFields).GetNextOccurrences(day.AddSeconds(-1), day.AddDays(1).AddSeconds(-1)).Count();
        Assert.Equal(1, Count("ShredExpiredForms"));
        Assert.Equal(1, Count("RoundKickoff"));
        Assert.Equal(96, Count("Reconcile"));
        foreach (var summer in new[] { false, true })
        {
            var date = summer ? day : day.AddMonths(6);
            var shred = OsloTime.ToOslo(new DateTimeOffset(CrontabSchedule.Parse(schedules["ShredExpiredForms"], SixFields).GetNextOccurrence(date), TimeSpan.Zero));
            Assert.InRange(shred.Hour, 1, 5);
            var kickoff = OsloTime.ToOslo(new DateTimeOffset(CrontabSchedule.Parse(schedules["RoundKickoff"], SixFields).GetNextOccurrence(date), TimeSpan.Zero));
            Assert.True(kickoff.Hour < 7, $"The kick-off runs at {kickoff:HH:mm}, after the reminders.");
        }
    }

    /// <summary>Every timer function's schedule, from the package's functions.metadata.</summary>
    private Dictionary<string, string> Schedules() =>
        MetadataFunction.Read(app.Package.PathOf("functions.metadata"))
            .Where(f => f.TriggerType == "timerTrigger")
            .ToDictionary(f => f.Name, f => f.Schedule!, StringComparer.Ordinal);
}
