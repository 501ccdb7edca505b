using System.Text.Json;
using NCrontab;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Tests.Shared;
using Xunit.Abstractions;

namespace PnpSamtale.Functions.Tests;

/// <summary>
/// The timers' schedules: six-field NCRONTAB in UTC (Flex Consumption has no time zones), checked against what they
/// are meant to do in Oslo.
/// </summary>
public sealed class ScheduleTests(ITestOutputHelper output)
{
    private static readonly CrontabSchedule.ParseOptions SixFields = new() { IncludingSeconds = true };

    public static TheoryData<string> Timers => new(Schedules().Keys);

    [Theory]
    [MemberData(nameof(Timers))]
    public void Schedule_ParsesWithSeconds_AndItsNextFiveRunsInOsloArePrinted(string function)
    {
        var expression = Schedules()[function];
        var schedule = CrontabSchedule.TryParse(expression, SixFields);
        Assert.NotNull(schedule);
        Assert.Equal(6, expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        var from = new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc);
        output.WriteLine($"{function} ({expression} UTC), next five after {from:yyyy-MM-dd HH:mm} UTC, in Oslo time:");
        foreach (var run in schedule.GetNextOccurrences(from, from.AddDays(30)).Take(5))
        {
            output.WriteLine($"  {OsloTime.ToOslo(new DateTimeOffset(run, TimeSpan.Zero)):yyyy-MM-dd ddd HH:mm zzz}");
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
        var day = new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        int Count(string function) => CrontabSchedule.Parse(Schedules()[function], SixFields).GetNextOccurrences(day.AddSeconds(-1), day.AddDays(1).AddSeconds(-1)).Count();
        Assert.Equal(1, Count("ShredExpiredForms"));
        Assert.Equal(1, Count("RoundKickoff"));
        Assert.Equal(96, Count("Reconcile"));
        foreach (var summer in new[] { false, true })
        {
            var date = summer ? day : day.AddMonths(6);
            var shred = OsloTime.ToOslo(new DateTimeOffset(CrontabSchedule.Parse(Schedules()["ShredExpiredForms"], SixFields).GetNextOccurrence(date), TimeSpan.Zero));
            Assert.InRange(shred.Hour, 1, 5);
            var kickoff = OsloTime.ToOslo(new DateTimeOffset(CrontabSchedule.Parse(Schedules()["RoundKickoff"], SixFields).GetNextOccurrence(date), TimeSpan.Zero));
            Assert.True(kickoff.Hour < 7, $"The kick-off runs at {kickoff:HH:mm}, after the reminders.");
        }
    }

    [Fact]
    public void HostJson_MaxDequeueCount_IsWhatTheHandlerSaysInItsLog()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "functions", "app", "host.json")));
        var count = host.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32();
        Assert.Equal(new PnpSamtale.Functions.Hosting.HandlerOptions().MaxDequeueCount, count);
    }

    /// <summary>Every timer function's schedule, read from its function.json.</summary>
    private static Dictionary<string, string> Schedules()
    {
        var schedules = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "functions", "app"), "function.json", SearchOption.AllDirectories))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var binding in document.RootElement.GetProperty("bindings").EnumerateArray())
            {
                if (binding.GetProperty("type").GetString() == "timerTrigger")
                {
                    schedules[Path.GetFileName(Path.GetDirectoryName(file)!)] = binding.GetProperty("schedule").GetString()!;
                }
            }
        }

        Assert.Equal(4, schedules.Count);
        return schedules;
    }
}
