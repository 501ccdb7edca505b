namespace PnpSamtale.Cli.Tests;

public sealed class InputsTests
{
    [Theory]
    [InlineData("2026-11-20T07:00+01:00", "2026-11-20T06:00:00Z")]
    [InlineData("2026-11-20T06:00Z", "2026-11-20T06:00:00Z")]
    [InlineData("2026-11-20T06:00z", "2026-11-20T06:00:00Z")]
    [InlineData("2026-11-20t06:00:30Z", "2026-11-20T06:00:30Z")]
    [InlineData("2026-11-20T06:00:00.250Z", "2026-11-20T06:00:00.25Z")]
    [InlineData("2026-11-20T08:00+0200", "2026-11-20T06:00:00Z")]
    [InlineData("2026-11-20T01:00-05", "2026-11-20T06:00:00Z")]
    [InlineData("2026-11-20T07:00", "2026-11-20T06:00:00Z")]
    [InlineData("2026-07-20T07:00", "2026-07-20T05:00:00Z")]
    [InlineData("2026-11-20", "2026-11-20T06:00:00Z")]
    public void Now_IsoMomentsWithAnyOffset_AreTheRightInstant(string text, string utc) =>
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), Inputs.Now("--now", text));

    [Theory]
    [InlineData("2026-11-20T07:00+25:00")]
    [InlineData("2026-11-20 07:00")]
    [InlineData("2026-11-20T7:00Z")]
    [InlineData("20261120T0700Z")]
    public void Now_NotAMoment_SaysWhatItExpects(string text)
    {
        var error = Assert.Throws<UsageException>(() => Inputs.Now("--now", text));
        Assert.Contains("2026-11-20T06:00Z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_TermOutsideTheCalendar_SaysWhatATermIsAndWhyThisOneIsRefused()
    {
        var (exit, _, error) = Cli.Run("plan", "--routine", "templates/routines/stinn-medarbeidersamtaler.yaml", "--term", "H1800");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--term: 'H1800' is not a term: the year 1800 is outside 1900–2200", error, StringComparison.Ordinal);
        Assert.Contains("Expected H<year> (autumn), V<year> (spring) or <year> (annual routines)", error, StringComparison.Ordinal);
    }
}
