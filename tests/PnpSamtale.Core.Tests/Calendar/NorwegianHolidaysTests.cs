using System.Globalization;
using PnpSamtale.Core.Calendar;

namespace PnpSamtale.Core.Tests.Calendar;

public sealed class NorwegianHolidaysTests
{
    private static readonly List<DateOnly> EasterReference = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Calendar", "easter-reference.csv"))
        .Where(l => !l.StartsWith('#'))
        .Select(l => DateOnly.ParseExact(l, "yyyy-MM-dd", CultureInfo.InvariantCulture))
        .ToList();

    [Fact]
    public void EasterSunday_EveryYear1900To2200_MatchesIndependentReference()
    {
        Assert.Equal(301, EasterReference.Count);
        foreach (var expected in EasterReference)
        {
            Assert.Equal(expected, NorwegianHolidays.EasterSunday(expected.Year));
        }
    }

    [Fact]
    public void ForYear_2026_ListsTheTwelveHolidaysInDateOrder()
    {
        var expected = new[]
        {
            ("2026-01-01", "Første nyttårsdag"), ("2026-04-02", "Skjærtorsdag"), ("2026-04-03", "Langfredag"),
            ("2026-04-05", "Første påskedag"), ("2026-04-06", "Andre påskedag"), ("2026-05-01", "Arbeidernes dag"),
            ("2026-05-14", "Kristi himmelfartsdag"), ("2026-05-17", "Grunnlovsdag"), ("2026-05-24", "Første pinsedag"),
            ("2026-05-25", "Andre pinsedag"), ("2026-12-25", "Første juledag"), ("2026-12-26", "Andre juledag"),
        };
        var actual = NorwegianHolidays.ForYear(2026).Select(h => (h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), h.Name)).ToArray();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(1990)]
    [InlineData(2008)]
    [InlineData(2038)]
    [InlineData(2100)]
    public void ForYear_EasterDependentHolidays_AreAtFixedOffsetsFromEaster(int year)
    {
        var easter = EasterReference.Single(d => d.Year == year);
        var holidays = NorwegianHolidays.ForYear(year).ToDictionary(h => h.Name, h => h.Date);
        Assert.Equal(easter.AddDays(-3), holidays["Skjærtorsdag"]);
        Assert.Equal(easter.AddDays(-2), holidays["Langfredag"]);
        Assert.Equal(easter.AddDays(1), holidays["Andre påskedag"]);
        Assert.Equal(easter.AddDays(39), holidays["Kristi himmelfartsdag"]);
        Assert.Equal(easter.AddDays(49), holidays["Første pinsedag"]);
        Assert.Equal(easter.AddDays(50), holidays["Andre pinsedag"]);
        Assert.Equal(DayOfWeek.Thursday, holidays["Kristi himmelfartsdag"].DayOfWeek);
    }

    [Fact]
    public void ForYear_2008_ListsMayDayAndAscensionSeparatelyOnTheSameDate()
    {
        var first = NorwegianHolidays.ForYear(2008).Where(h => h.Date == new DateOnly(2008, 5, 1)).Select(h => h.Name).ToList();
        Assert.Equal(["Arbeidernes dag", "Kristi himmelfartsdag"], first);
    }

    [Fact]
    public void ForYear_Before1947_HasNoMayHolidays()
    {
        Assert.DoesNotContain(NorwegianHolidays.ForYear(1946), h => h.Name is "Arbeidernes dag" or "Grunnlovsdag");
        Assert.Contains(NorwegianHolidays.ForYear(1947), h => h.Name == "Grunnlovsdag");
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    public void ForYear_OutsideRange_Throws(int year) =>
        Assert.Throws<DateOutsideCalendarException>(() => NorwegianHolidays.ForYear(year));

    [Fact]
    public void Between_1990To2100_HasTwelveHolidaysEveryYear()
    {
        var all = NorwegianHolidays.Between(new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
        Assert.Equal(111 * 12, all.Count);
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Date <= p.Second.Date));
    }
}
