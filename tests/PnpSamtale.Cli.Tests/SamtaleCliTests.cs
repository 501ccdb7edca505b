using System.Text.Json;

namespace PnpSamtale.Cli.Tests;

public sealed class SamtaleCliTests
{
    private const string Stinn = "templates/routines/stinn-medarbeidersamtaler.yaml";
    private const string Ntnu = "templates/routines/ntnu-medarbeidersamtale.yaml";
    private const string Roster = "templates/rosters/stinn-eksempel.yaml";

    [Fact]
    public void Holidays_Csv_PrintsHeaderThenOneLinePerHolidayInDateOrder()
    {
        var (exit, output, _) = Cli.Run("holidays", "--from", "1990-01-01", "--to", "2100-12-31", "--format", "csv");
        Assert.Equal(ExitCodes.Ok, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,name", lines[0]);
        Assert.Equal("1990-01-01,Første nyttårsdag", lines[1]);
        Assert.Equal("2100-12-26,Andre juledag", lines[^1]);
        Assert.Equal(1 + (111 * 12), lines.Length);
        Assert.Equal(lines.Skip(1).Order(StringComparer.Ordinal).Select(l => l[..10]), lines.Skip(1).Select(l => l[..10]));
        Assert.Contains("2027-03-25,Skjærtorsdag", lines);
    }

    [Fact]
    public void Holidays_DefaultTable_ShowsTheClocksYear()
    {
        var (exit, output, _) = Cli.Run("holidays");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("2026-05-17  søndag   Grunnlovsdag", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarAdd_TenBusinessDaysBefore_PrintsTheDate()
    {
        var (exit, output, _) = Cli.Run("calendar", "add", "--date", "2026-11-09", "--business-days", "-10");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("2026-10-26\n", output);
    }

    [Fact]
    public void CalendarAdd_WithSaturdaysAndClosedDates_CountsAsTold()
    {
        Assert.Equal("2026-11-07\n", Cli.Run("calendar", "add", "--date", "2026-11-06", "--business-days", "1", "--count-saturdays").Out);
        Assert.Equal("2026-12-28\n", Cli.Run("calendar", "add", "--date", "2026-12-23", "--business-days", "1", "--closed", "2026-12-24").Out);
    }

    [Fact]
    public void CalendarCheck_Holiday_SaysWhich() =>
        Assert.Equal("2027-03-26 fredag: ikke virkedag: Langfredag\n", Cli.Run("calendar", "check", "--date", "2027-03-26").Out);

    [Fact]
    public void RoutineCheck_Stinn_ExitsZeroWithTheSeedsInconsistenciesAsWarnings()
    {
        var (exit, _, error) = Cli.Run("routine", "check", Stinn);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("warning SAM104: unknown role L-KKU in 3.4: it is not in the glossary; did you mean L-KKV", error, StringComparison.Ordinal);
        Assert.Contains("warning SAM105: role L-AU is used in 3.1", error, StringComparison.Ordinal);
        Assert.Contains("0 errors, 9 warnings", error, StringComparison.Ordinal);
        Assert.Matches(@"stinn-medarbeidersamtaler\.yaml:\d+:\d+: warning SAM104", error);
    }

    [Fact]
    public void RoutineCheck_Ntnu_IsClean()
    {
        var (exit, _, error) = Cli.Run("routine", "check", Ntnu);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.EndsWith("0 errors, 0 warnings\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void RoutineCheck_BrokenCopy_ExitsOneWithFileLineColumn()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.yaml");
        var yaml = File.ReadAllText(Path.Combine(Cli.Root, Stinn))
            .Replace("timing: { kind: season, autumn: primo november, spring: primo mars }", "timing: { kind: after, steps: [\"1.1\"], minBusinessDays: 1, maxBusinessDays: 2 }", StringComparison.Ordinal)
            .Replace("steps: [\"3.6\"]", "steps: [\"3.66\"]", StringComparison.Ordinal);
        File.WriteAllText(broken, yaml);
        try
        {
            var (exit, _, error) = Cli.Run("routine", "check", broken);
            Assert.Equal(ExitCodes.InvalidDefinition, exit);
            Assert.Matches($@"{Regex(broken)}:\d+:\d+: error SAM102: step 4.4 refers to step 3.66", error);
            Assert.Matches($@"{Regex(broken)}:\d+:\d+: error SAM103: the steps depend on each other in a cycle: 1.1 → 1.2 → 1.1", error);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public void RoutineShow_Json_HasTheDocumentedFields()
    {
        var (exit, output, _) = Cli.Run("routine", "show", Stinn, "--format", "json");
        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["id", "title", "roles", "phases"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1 til 10 virkedager etter 3.7 og 3.8", json.RootElement.GetProperty("phases")[3].GetProperty("steps")[0].GetProperty("when").GetString());
    }

    [Fact]
    public void Plan_Json_WithRosterAndSetDates()
    {
        var (exit, output, error) = Cli.Run("plan", "--routine", Stinn, "--term", "H2026", "--set", "1.2=2026-11-09", "--set", "5.1=2026-12-03", "--roster", Roster, "--format", "json");
        Assert.True(exit == ExitCodes.Ok, error);
        using var json = JsonDocument.Parse(output);
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.Equal("2026-12-08", steps["5.2"].GetProperty("latest").GetString());
        Assert.Equal(19, json.RootElement.GetProperty("conversations").GetArrayLength());
    }

    [Theory]
    [InlineData("table", "Plan for H2026")]
    [InlineData("md", "# Plan for H2026")]
    [InlineData("ics", "BEGIN:VCALENDAR")]
    [InlineData("html", "<!DOCTYPE html>\n<html lang=\"nb\">")]
    [InlineData("svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"")]
    public void Plan_OtherFormats_Render(string format, string start)
    {
        var (exit, output, _) = Cli.Run("plan", "--routine", Stinn, "--term", "H2026", "--roster", Roster, "--format", format);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.StartsWith(start, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--term", "H26", "'H26' is not a term")]
    [InlineData("--term", "Høst2026", "is not a term")]
    [InlineData("--set", "1.2=2026-13-09", "--set 1.2: '2026-13-09' is not a date")]
    [InlineData("--set", "1.2", "'1.2' is not STEP=DATE")]
    [InlineData("--set", "9.9=2026-11-09", "has no step 9.9")]
    [InlineData("--format", "pdf", "pdf")]
    [InlineData("--roster", "no-such-roster.yaml", "--roster: cannot read 'no-such-roster.yaml'")]
    public void Plan_BadArguments_ExitTwoWithAClearMessage(string option, string value, string expected)
    {
        var args = new List<string> { "plan", "--routine", Stinn, "--term", "H2026" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (exit, output, error) = Cli.Run([.. args]);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Chart_DrawsTodayFromTheClockOrFromToday()
    {
        // The tests' clock says 22 November 2026, inside the plan.
        Assert.Contains("i dag 22. nov.", Cli.Run("plan", "--routine", Stinn, "--term", "H2026", "--format", "svg").Out, StringComparison.Ordinal);
        Assert.Contains("i dag 2. des.", Cli.Run("plan", "--routine", Stinn, "--term", "H2026", "--format", "html", "--today", "2026-12-02").Out, StringComparison.Ordinal);
        var bad = Cli.Run("plan", "--routine", Stinn, "--term", "H2026", "--format", "svg", "--today", "i dag");
        Assert.Equal(ExitCodes.Usage, bad.Exit);
        Assert.Contains("--today: 'i dag' is not a date", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOptionAndMissingRequired_ExitTwo()
    {
        Assert.Equal(ExitCodes.Usage, Cli.Run("plan", "--routine", Stinn, "--term", "H2026", "--frobnicate").Exit);
        var (exit, _, error) = Cli.Run("plan", "--term", "H2026");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--routine", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, Cli.Run("calendar", "add", "--date", "09.11.2026", "--business-days", "1").Exit);
    }

    [Theory]
    [InlineData("calendar", "add", "--date", "1900-01-02", "--business-days", "-5")]
    [InlineData("calendar", "check", "--date", "1899-12-31")]
    [InlineData("calendar", "add", "--date", "2200-12-30", "--business-days", "5")]
    [InlineData("plan", "--routine", Stinn, "--term", "H2026", "--set", "1.2=1899-01-01")]
    [InlineData("plan", "--routine", Stinn, "--term", "H2200", "--set", "5.1=2200-12-31")]
    [InlineData("holidays", "--from", "1899-01-01", "--to", "1900-12-31")]
    public void DatesOutsideTheCalendar_ExitTwoWithTheRange(params string[] args)
    {
        var (exit, _, error) = Cli.Run(args);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("1900–2200", error, StringComparison.Ordinal);
    }

    [Fact]
    public void DirectoryAsFile_ExitsTwoSayingSo()
    {
        var (exit, _, error) = Cli.Run("routine", "check", Path.GetTempPath());
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("is a directory", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ExplainsTheCommands()
    {
        var (exit, output, _) = Cli.Run("--help");
        Assert.Equal(ExitCodes.Ok, exit);
        foreach (var command in new[] { "holidays", "calendar", "routine", "plan" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    private static string Regex(string path) => System.Text.RegularExpressions.Regex.Escape(path);
}
