using PnpSamtale.Core.Calendar;

namespace PnpSamtale.Core.Tests.Calendar;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Default = BusinessCalendar.Default;

    [Theory]
    [InlineData("2026-11-09", -10, "2026-10-26")]
    [InlineData("2026-11-03", -10, "2026-10-20")]
    [InlineData("2026-11-06", 1, "2026-11-09")]
    [InlineData("2026-11-09", 0, "2026-11-09")]
    [InlineData("2027-03-24", 1, "2027-03-30")] // across Easter 2027: Mar 25, 26 and 29 are holidays
    [InlineData("2027-03-30", -1, "2027-03-24")]
    [InlineData("2026-12-23", 1, "2026-12-24")]
    [InlineData("2026-05-13", 1, "2026-05-15")] // Ascension Day 14 May
    [InlineData("2026-11-07", 1, "2026-11-09")] // from a Saturday
    public void AddBusinessDays_Default_SkipsWeekendsAndHolidays(string from, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Default.AddBusinessDays(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), days));

    [Fact]
    public void AddBusinessDays_CountingSaturdays_LandsOnSaturday()
    {
        var calendar = new BusinessCalendar(new CalendarOptions { CountSaturdays = true });
        Assert.Equal(new DateOnly(2026, 11, 7), calendar.AddBusinessDays(new DateOnly(2026, 11, 6), 1));
        Assert.True(calendar.IsBusinessDay(new DateOnly(2026, 11, 7)));
        Assert.False(calendar.IsBusinessDay(new DateOnly(2026, 11, 8)));
        Assert.False(calendar.IsBusinessDay(new DateOnly(2026, 12, 26))); // Andre juledag is a Saturday in 2026 and still a holiday
    }

    [Fact]
    public void AddBusinessDays_ExtraClosedDays_AreSkipped()
    {
        var calendar = new BusinessCalendar(new CalendarOptions { ClosedDates = new HashSet<DateOnly> { new(2026, 12, 24), new(2026, 12, 31) } });
        Assert.Equal(new DateOnly(2026, 12, 28), calendar.AddBusinessDays(new DateOnly(2026, 12, 23), 1));
        Assert.Equal(new DateOnly(2027, 1, 4), calendar.AddBusinessDays(new DateOnly(2026, 12, 30), 1));
    }

    [Fact]
    public void RollDeadline_OnNonBusinessDay_MovesForwardOrBackAsConfigured()
    {
        var sunday = new DateOnly(2026, 11, 1);
        Assert.Equal(new DateOnly(2026, 11, 2), Default.RollDeadline(sunday));
        var back = new BusinessCalendar(new CalendarOptions { RollForward = false });
        Assert.Equal(new DateOnly(2026, 10, 30), back.RollDeadline(sunday));
        Assert.Equal(new DateOnly(2026, 11, 3), Default.RollDeadline(new DateOnly(2026, 11, 3)));
    }

    [Fact]
    public void IsBusinessDay_EveryDate1990To2100_AgreesWithWeekdaysMinusReferenceHolidays()
    {
        // The reference: Monday–Friday minus the twelve holidays built from the independent Easter dates.
        var easter = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Calendar", "easter-reference.csv"))
            .Where(l => !l.StartsWith('#'))
            .Select(l => DateOnly.ParseExact(l, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(d => d.Year);
        var holidays = new HashSet<DateOnly>();
        for (var y = 1990; y <= 2100; y++)
        {
            var e = easter[y];
            foreach (var d in new[] { new DateOnly(y, 1, 1), e.AddDays(-3), e.AddDays(-2), e, e.AddDays(1), new DateOnly(y, 5, 1), new DateOnly(y, 5, 17), e.AddDays(39), e.AddDays(49), e.AddDays(50), new DateOnly(y, 12, 25), new DateOnly(y, 12, 26) })
            {
                holidays.Add(d);
            }
        }

        var mismatches = 0;
        for (var d = new DateOnly(1990, 1, 1); d <= new DateOnly(2100, 12, 31); d = d.AddDays(1))
        {
            var expected = d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && !holidays.Contains(d);
            if (Default.IsBusinessDay(d) != expected)
            {
                mismatches++;
            }
        }

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void AddBusinessDays_ThenCountBack_RoundTripsForManyDates()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 2000; i++)
        {
            var start = Default.OnOrAfter(new DateOnly(1990, 1, 1).AddDays(random.Next(0, 40000)));
            var n = random.Next(-30, 31);
            var end = Default.AddBusinessDays(start, n);
            Assert.True(Default.IsBusinessDay(end) || n == 0);
            Assert.Equal(n, Default.BusinessDaysBetween(start, end));
        }
    }
}
