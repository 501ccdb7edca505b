namespace PnpSamtale.Cli.Tests;

/// <summary><c>samtale round kickoff</c> on the local tenant, for the example round H2026 (four holders).</summary>
public sealed class KickoffCommandTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), $"samtale-kickoff-{Guid.NewGuid():N}");

    [Fact]
    public void Kickoff_DryRunShowsTheMails_TheRunSendsOneToEachHolder_AndASecondRunNone()
    {
        var start = Cli.Run("round", "start", "--routine", "stinn-medarbeidersamtaler", "--roster", "stinn-eksempel", "--term", "H2026", "--set", "1.2=2026-11-09", "--data", data, "--local-port", "0");
        Assert.True(start.Exit == ExitCodes.Ok, start.Error);

        var dry = Kickoff("--dry-run");
        Assert.True(dry.Exit == ExitCodes.Ok, dry.Error);
        Assert.Contains("Oppstart H2026: 4 samtaleansvarlige", dry.Out, StringComparison.Ordinal);
        Assert.Contains("  sendes: Thea Lund (thea.lund@stinn.example) – 8 samtaler, 8 kalenderfiler", dry.Out, StringComparison.Ordinal);
        Assert.Contains("- Magnus Eide (L-SST), steg 3.3: holdes tir. 10. nov. 2026–man. 23. nov. 2026; send innkallingen senest man. 16. nov. 2026", dry.Out, StringComparison.Ordinal);
        Assert.Contains("Vedlegg: innkalling-3.3-magnus.eide.ics", dry.Out, StringComparison.Ordinal);
        Assert.EndsWith("--dry-run: ingenting er sendt.\n", dry.Out, StringComparison.Ordinal);
        Assert.Contains("0 e-poster.", Outbox(), StringComparison.Ordinal);

        var sent = Kickoff();
        Assert.True(sent.Exit == ExitCodes.Ok, sent.Error);
        Assert.Equal(4, sent.Out.Split('\n').Count(l => l.StartsWith("  sendt: ", StringComparison.Ordinal)));
        var outbox = Outbox();
        Assert.Contains("4 e-poster.", outbox, StringComparison.Ordinal);
        Assert.Contains("Vedlegg: innkalling-3.10-sofie.bakken.ics (text/calendar", outbox, StringComparison.Ordinal);

        var again = Kickoff();
        Assert.Equal(4, again.Out.Split('\n').Count(l => l.StartsWith("  sendt før: ", StringComparison.Ordinal)));
        Assert.Contains("4 e-poster.", Outbox(), StringComparison.Ordinal);
    }

    [Fact]
    public void Kickoff_Help_SaysWhatItSendsAndThatItSendsOnce()
    {
        var help = Cli.Run("round", "kickoff", "--help");

        Assert.Equal(ExitCodes.Ok, help.Exit);
        Assert.Contains("calendar file (.ics) per conversation", help.Out, StringComparison.Ordinal);
        Assert.Contains("Once per holder and round", help.Out, StringComparison.Ordinal);
        Assert.Contains("--dry-run", help.Out, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private (int Exit, string Out, string Error) Kickoff(params string[] args) =>
        Cli.Run(["round", "kickoff", "H2026", .. args, "--data", data, "--local-port", "0"]);

    private string Outbox() => Cli.Run("local", "outbox", "--data", data).Out;
}
