using System.Text.Json;

namespace PnpSamtale.Cli.Tests;

public sealed class JobsCommandTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), $"samtale-jobs-{Guid.NewGuid():N}");

    [Fact]
    public void Jobs_OnTheLocalTenant_RemindOncePerDay_ShowTheOutbox_ListWhatWouldBeShredded_AndExport()
    {
        var start = Cli.Run("round", "start", "--routine", "templates/routines/stinn-medarbeidersamtaler.yaml", "--roster", "templates/rosters/stinn-eksempel.yaml",
            "--term", "H2026", "--set", "1.2=2026-11-09", "--data", data, "--local-port", "0");
        Assert.True(start.Exit == ExitCodes.Ok, start.Error);

        var saturday = Jobs("reminders", "--now", "2026-11-21");
        Assert.Equal(ExitCodes.Ok, saturday.Exit);
        Assert.Contains("lør. 21. nov. 2026 er ikke en virkedag: ingen påminnelser.", saturday.Out, StringComparison.Ordinal);

        var dry = Jobs("reminders", "--now", "2026-11-12T07:00+01:00", "--dry-run");
        Assert.True(dry.Exit == ExitCodes.Ok, dry.Error);
        Assert.Contains("Tørrkjøring tor. 12. nov. 2026: ville sendt", dry.Out, StringComparison.Ordinal);
        Assert.Contains("0 e-poster.", Cli.Run("local", "outbox", "--data", data).Out, StringComparison.Ordinal);

        var real = Jobs("reminders", "--now", "2026-11-12T07:00+01:00");
        Assert.True(real.Exit == ExitCodes.Ok, real.Error);
        Assert.Matches(@"tor\. 12\. nov\. 2026: sendt [1-9]\d* e-post", real.Out);
        var again = Jobs("reminders", "--now", "2026-11-12T06:00Z");
        Assert.Contains("sendt 0 e-poster med 0 varsler", again.Out, StringComparison.Ordinal);

        var outbox = Cli.Run("local", "outbox", "--data", data, "--to", "sofie.bakken@stinn.example");
        Assert.Equal(ExitCodes.Ok, outbox.Exit);
        Assert.Contains("Frist snart", outbox.Out, StringComparison.Ordinal);
        Assert.Contains("2.1 Innkalling til medarbeidersamtale", outbox.Out, StringComparison.Ordinal);
        Assert.Contains("1 e-post til sofie.bakken@stinn.example.", outbox.Out, StringComparison.Ordinal);

        // William Berge's SRU term ends 31 December 2026; a dry run the day after lists his form and its measures folder.
        var shred = Jobs("shred", "--now", "2027-01-01", "--dry-run");
        Assert.True(shred.Exit == ExitCodes.Ok, shred.Error);
        Assert.Matches(@"Runde H2026: ville makulert [1-9]\d* skjema, 0 tiltak og 0 fra papirkurvene", shred.Out);
        Assert.Contains("makuleres: skjema-", shred.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("william", shred.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Runde H2026: makulert 0 skjema, 0 tiltak", Jobs("shred", "--now", "2026-12-31").Out, StringComparison.Ordinal);

        var folder = Path.Combine(data, "innsyn");
        var export = Cli.Run("export", "--person", "william.berge@stinn.example", "--round", "H2026", "--out", folder, "--data", data, "--local-port", "0", "--blueprint", "templates/site/blueprint.yaml");
        Assert.True(export.Exit == ExitCodes.Ok, export.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "innsyn.json")));
        var form = Assert.Single(json.RootElement.GetProperty("forms").EnumerateArray());
        Assert.True(File.Exists(Path.Combine(folder, form.GetProperty("file").GetString()!)));
        Assert.Equal("william.berge@stinn.example", form.GetProperty("partner").GetString());
        Assert.True(File.Exists(Path.Combine(folder, "LES-MEG.txt")));
        var twice = Cli.Run("export", "--person", "william.berge@stinn.example", "--round", "H2026", "--out", folder, "--data", data, "--local-port", "0", "--blueprint", "templates/site/blueprint.yaml");
        Assert.Equal(ExitCodes.InvalidDefinition, twice.Exit);
        Assert.Contains("is not empty", twice.Error, StringComparison.Ordinal);

        // A typo in the address: one line, exit 1, no folder.
        var unknown = Cli.Run("export", "--person", "wiliam.berge@stinn.example", "--round", "H2026", "--out", Path.Combine(data, "typo"), "--data", data, "--local-port", "0", "--blueprint", "templates/site/blueprint.yaml");
        Assert.Equal(ExitCodes.InvalidDefinition, unknown.Exit);
        Assert.Equal("samtale: wiliam.berge@stinn.example is not known in round H2026: not in the roster (Verv), in none of its conversations and sent no notice; check the address. Nothing was written or logged.", unknown.Error.Trim());
        Assert.False(Directory.Exists(Path.Combine(data, "typo")));
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("i morgen")]
    public void Jobs_BadNow_SaysWhatItExpects(string now)
    {
        var result = Jobs("reminders", "--now", now);
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("--now:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reminders_MailTemplateWithoutASection_NamesTheFileAndTheField()
    {
        Directory.CreateDirectory(data);
        var path = Path.Combine(data, "digest.yaml");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(Cli.Root, "templates/mail/digest.yaml")).Replace("    chase: \"Reminder", "    chasing: \"Reminder", StringComparison.Ordinal));

        var result = Jobs("reminders", "--mail-templates", path);

        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains($"--mail-templates: {path}: en.sections.chase is missing", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_PersonThatIsNotAnAddress_SaysWhatItExpects()
    {
        var result = Cli.Run("export", "--person", "Emma Solberg", "--round", "H2026", "--out", Path.Combine(data, "x"), "--data", data);

        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("--person: 'Emma Solberg' is not a UPN", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(data, "x")));
    }

    public void Dispose()
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private (int Exit, string Out, string Error) Jobs(params string[] args) =>
        Cli.Run(["jobs", .. args, "--data", data, "--local-port", "0", "--blueprint", "templates/site/blueprint.yaml"]);
}
