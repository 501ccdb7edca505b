using System.Text.Json;

namespace PnpSamtale.Cli.Tests;

/// <summary>
/// <c>samtale round status</c> on the local tenant: the example round H2026 started with 1.2 on 9 November and nothing
/// done since, judged on days given with <c>--now</c>.
/// </summary>
public sealed class RoundStatusCommandTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), $"samtale-status-{Guid.NewGuid():N}");

    [Fact]
    public void Status_LateRound_NamesWhoIsBehindWithWhat_AndJudgesConversationStepsPerConversation()
    {
        StartRound();

        var table = Status("--now", "2026-11-25");

        Assert.True(table.Exit == ExitCodes.Ok, table.Error);
        Assert.Contains("Status for H2026: Rutine for medarbeidersamtaler og tillitsvalgtutvikling", table.Out, StringComparison.Ordinal);
        Assert.Contains("Per onsdag 25. november 2026.", table.Out, StringComparison.Ordinal);

        // Five round steps (1.1–1.3, 5.1, 5.2), not 27: the per-conversation steps are judged per conversation.
        Assert.Contains("Rundesteg: 0 av 5 utført, 3 forfalt", table.Out, StringComparison.Ordinal);
        Assert.Contains("Samtaler:  0 av 19 gjennomført, 10 med noe forfalt", table.Out, StringComparison.Ordinal);
        Assert.Contains("Skjema:    Under arbeid 19, Sendt til partner 0, Bekreftet 0, Arkivert 0", table.Out, StringComparison.Ordinal);
        Assert.Matches(@"2\.2\s+Medarbeidersamtale\s+Samtale-ansvarlig\s+man\. 7\. des\.\s+forfalt: 0 av 19 samtaler, 10 forfalt", table.Out);

        // Who is behind, most first: the holders with their late conversations, L-OU with 1.1 and 1.2, OrgKons with 1.3.
        Assert.Contains("Forfalt per ansvarlig: 23 oppgaver hos 5 personer", table.Out, StringComparison.Ordinal);
        Assert.Contains("Sofie Bakken (sofie.bakken@stinn.example) – 14", table.Out, StringComparison.Ordinal);
        Assert.Contains("Kari Nordmann (kari.nordmann@stinn.example) – 2", table.Out, StringComparison.Ordinal);
        Assert.Matches(@"2\.2\s+Medarbeidersamtale\s+Sofie Bakken\s+3\.2: Sofie Bakken – Emma Solberg \(AU\)\s+man\. 23\. nov\.\s+2 virkedager", table.Out);
        Assert.Matches(@"1\.1\s+Innkalling til planleggingsmøte sendes ut\s+Kari Nordmann\s+man\. 26\. okt\.\s+22 virkedager", table.Out);
        Assert.True(table.Out.IndexOf("Sofie Bakken (", StringComparison.Ordinal) < table.Out.IndexOf("Kari Nordmann (", StringComparison.Ordinal));

        var perStep = Status("--now", "2026-11-25", "--by", "step");
        Assert.Contains("2.2 Medarbeidersamtale – 10", perStep.Out, StringComparison.Ordinal);
        var perUnit = Status("--now", "2026-11-25", "--by", "unit");
        Assert.Contains("Trondheim – 2", perUnit.Out, StringComparison.Ordinal);
        Assert.Contains("Uten studiested – 19", perUnit.Out, StringComparison.Ordinal);

        // An instant in UTC is judged on its Oslo day: 23:30Z on the 25th is the 26th in Oslo, one business day later.
        var late = Status("--now", "2026-11-25T23:30Z");
        Assert.Matches(@"3\.2: Sofie Bakken – Emma Solberg \(AU\)\s+man\. 23\. nov\.\s+3 virkedager", late.Out);

        // Before anything is due, nobody is behind.
        Assert.EndsWith("Ingen ligger etter.\n", Status("--now", "2026-10-21").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_Formats_JsonMarkdownAndASelfContainedPage()
    {
        StartRound();

        var json = Status("--now", "2026-11-25", "--format", "json");
        Assert.True(json.Exit == ExitCodes.Ok, json.Error);
        using (var document = JsonDocument.Parse(json.Out))
        {
            var root = document.RootElement;
            Assert.Equal(5, root.GetProperty("steps").GetProperty("total").GetInt32());
            Assert.Equal(19, root.GetProperty("conversations").GetProperty("total").GetInt32());
            Assert.EndsWith("/sites/medarbeidersamtaler-h2026", root.GetProperty("site").GetString(), StringComparison.Ordinal);
            var sofie = root.GetProperty("groups")[0];
            Assert.Equal("sofie.bakken@stinn.example", sofie.GetProperty("upn").GetString());
            Assert.Equal(14, sofie.GetProperty("late").GetArrayLength());
        }

        var md = Status("--now", "2026-11-25", "--format", "md");
        Assert.Contains("### Sofie Bakken (sofie.bakken@stinn.example) – 14", md.Out, StringComparison.Ordinal);

        var html = Status("--now", "2026-11-25", "--format", "html");
        Assert.StartsWith("<!DOCTYPE html>", html.Out, StringComparison.Ordinal);
        Assert.Contains("i dag 25. nov.", html.Out, StringComparison.Ordinal);
        Assert.Contains("<h3>Sofie Bakken (sofie.bakken@stinn.example) – 14</h3>", html.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--now", "25.11.2026", "--now: '25.11.2026' is not a moment")]
    [InlineData("--by", "person", "person")]
    [InlineData("--format", "pdf", "pdf")]
    public void Status_BadArguments_ExitTwo_BeforeReadingAnything(string option, string value, string message)
    {
        var result = Status(option, value);

        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(data));
    }

    [Fact]
    public void Status_TermOutsideTheCalendar_SaysWhy()
    {
        var result = Cli.Run("round", "status", "H1800", "--data", data, "--local-port", "0");

        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("term: 'H1800' is not a term: the year 1800 is outside 1900–2200", result.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private void StartRound()
    {
        var start = Cli.Run("round", "start", "--routine", "templates/routines/stinn-medarbeidersamtaler.yaml", "--roster", "templates/rosters/stinn-eksempel.yaml",
            "--term", "H2026", "--set", "1.2=2026-11-09", "--data", data, "--local-port", "0");
        Assert.True(start.Exit == ExitCodes.Ok, start.Error);
    }

    private (int Exit, string Out, string Error) Status(params string[] args) =>
        Cli.Run(["round", "status", "H2026", .. args, "--data", data, "--local-port", "0", "--blueprint", "templates/site/blueprint.yaml"]);
}
