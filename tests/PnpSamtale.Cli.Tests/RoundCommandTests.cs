namespace PnpSamtale.Cli.Tests;

public sealed class RoundCommandTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), $"samtale-round-{Guid.NewGuid():N}");

    // One port for both runs: the registry stores the site's URL, port included.
    private readonly string port = FreePort();

    [Fact]
    public void RoundStart_OnTheLocalTenant_CreatesTheRound_AndASecondRunChangesNothing()
    {
        var first = Start();
        Assert.True(first.Exit == ExitCodes.Ok, first.Error);
        Assert.Matches(@"medarbeidersamtaler-h2026\s+last opp\s+19", first.Out);
        Assert.Contains("Nettsted: http://127.0.0.1:", first.Out, StringComparison.Ordinal);
        Assert.Contains("/sites/medarbeidersamtaler-h2026", first.Out, StringComparison.Ordinal);

        var second = Start();
        Assert.Equal(ExitCodes.Ok, second.Exit);
        Assert.Contains("Ferdig: 0 endringer", second.Out, StringComparison.Ordinal);

        var status = Cli.Run("round", "status", "H2026", "--blueprint", "templates/site/blueprint.yaml", "--data", data, "--local-port", "0");
        Assert.Equal(ExitCodes.Ok, status.Exit);
        Assert.Contains("Skjema:    Under arbeid 19", status.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundStart_DryRun_PrintsTheChangesAndWritesNothing()
    {
        var dry = Start("--dry-run");
        Assert.Equal(ExitCodes.Ok, dry.Exit);
        Assert.Contains("--dry-run: ingenting er skrevet.", dry.Out, StringComparison.Ordinal);
        // Exactly the operations a run would send, one per line, in the order it would send them.
        var lines = dry.Out.Split('\n').Select(l => l.Trim()).ToList();
        Assert.Equal(19, lines.Count(l => l.StartsWith("last opp Samtaleskjema/skjema-", StringComparison.Ordinal)));
        Assert.Equal(19, lines.Count(l => l.StartsWith("opprett mappe Tiltak/tiltak-", StringComparison.Ordinal)));
        Assert.Equal(19, lines.Count(l => l.StartsWith("legg til element Samtaleregister[H2026/", StringComparison.Ordinal)));
        Assert.Contains("opprett nettsted /sites/medarbeidersamtaler-h2026: Medarbeidersamtaler H2026, språk 1044, tidssone 4", lines);
        Assert.True(lines.IndexOf("opprett liste Samtaleskjema: 9 kolonner") < lines.FindIndex(l => l.StartsWith("last opp Samtaleskjema/", StringComparison.Ordinal)));
        Assert.True(lines.FindIndex(l => l.StartsWith("legg til element Samtaleregister[", StringComparison.Ordinal)) < lines.FindIndex(l => l.StartsWith("gi tilgang Samtaleskjema[", StringComparison.Ordinal)),
            "nobody is given a form before it is in the register");
        Assert.Matches(@"medarbeidersamtaler-h2026\s+last opp\s+19", dry.Out);

        var status = Cli.Run("round", "status", "H2026", "--blueprint", "templates/site/blueprint.yaml", "--data", data, "--local-port", "0");
        Assert.Equal(ExitCodes.InvalidDefinition, status.Exit);
        Assert.Contains("round H2026 has no site", status.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundStart_RosterWithARoleTheRoutineLacks_NamesThePersonAndTheRole_AndWritesNothing()
    {
        var roster = Path.Combine(data, "roster.yaml");
        Directory.CreateDirectory(data);
        File.WriteAllText(roster, "organisation: StInn\npeople:\n  - { name: Kari Nordmann, upn: kari@stinn.example, roles: [{ role: L-OU }] }\n  - { name: Ola Nordmann, upn: ola@stinn.example, roles: [{ role: Kasserer }] }\n");
        var result = Cli.Run("round", "start", "--routine", "templates/routines/stinn-medarbeidersamtaler.yaml", "--roster", roster, "--term", "H2026", "--data", data, "--local-port", "0");
        Assert.Equal(ExitCodes.InvalidDefinition, result.Exit);
        Assert.Contains("Ola Nordmann (ola@stinn.example) har rollen 'Kasserer'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Nettsted:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundStart_PrintsThePlansWarnings_BeforeTheChanges_AsThePlanDoes()
    {
        var dry = Start("--dry-run");
        Assert.True(dry.Exit == ExitCodes.Ok, dry.Error);

        // The example roster leaves L-VK vacant and has no L-KKU: the round is provisioned without those conversations.
        Assert.Contains("Merk (3)\n", dry.Out, StringComparison.Ordinal);
        Assert.Contains("  ! 3.5: vervet L-VK er ledig (meldt i rosteret); ingen samtale blir planlagt.\n", dry.Out, StringComparison.Ordinal);
        Assert.True(dry.Out.IndexOf("Merk (3)", StringComparison.Ordinal) < dry.Out.IndexOf("Endringer på", StringComparison.Ordinal), "the warnings come before the changes");

        // The same lines, in the same order, as 'samtale plan' prints for the same round.
        var plan = Cli.Run("plan", "--routine", "templates/routines/stinn-medarbeidersamtaler.yaml", "--roster", "templates/rosters/stinn-eksempel.yaml", "--term", "H2026", "--set", "1.2=2026-11-09");
        Assert.Equal(ExitCodes.Ok, plan.Exit);
        static string[] Warnings(string text) => [.. text.Split('\n').Where(l => l.StartsWith("  ! ", StringComparison.Ordinal))];
        Assert.Equal(3, Warnings(plan.Out).Length);
        Assert.Equal(Warnings(plan.Out), Warnings(dry.Out));
    }

    [Theory]
    [InlineData("--term", "Høst2026", "is not a term")]
    [InlineData("--set", "1.2=2026-13-01", "2026-13-01")]
    public void RoundStart_BadArguments_ExitTwo(string option, string value, string message)
    {
        var args = new List<string> { "round", "start", "--routine", "templates/routines/stinn-medarbeidersamtaler.yaml", "--roster", "templates/rosters/stinn-eksempel.yaml", "--data", data, "--local-port", "0" };
        if (option != "--term")
        {
            args.AddRange(["--term", "H2026"]);
        }

        args.AddRange([option, value]);
        var result = Cli.Run([.. args]);
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private (int Exit, string Out, string Error) Start(params string[] extra) =>
        Cli.Run([
            "round", "start", "--routine", "templates/routines/stinn-medarbeidersamtaler.yaml", "--roster", "templates/rosters/stinn-eksempel.yaml",
            "--term", "H2026", "--set", "1.2=2026-11-09", "--data", data, "--local-port", port, .. extra]);

    private static string FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var free = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return free.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
