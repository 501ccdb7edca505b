namespace PnpSamtale.Cli.Tests;

/// <summary>The packed and installed tool, run from folders that have nothing of the repository in them.</summary>
public sealed class InstalledToolTests(InstalledTool tool) : IClassFixture<InstalledTool>, IDisposable
{
    private readonly string empty = Directory.CreateTempSubdirectory("samtale-empty-").FullName;

    [Fact]
    public void InstalledTool_FromAnEmptyFolder_RunsARoundWithTheShippedRoutineAndRoster()
    {
        var start = tool.Samtale(empty, "round", "start", "--routine", "stinn-medarbeidersamtaler", "--roster", "stinn-eksempel", "--term", "H2026", "--set", "1.2=2026-11-09", "--local-port", "0");
        Assert.True(start.Exit == ExitCodes.Ok, start.Error + start.Out);
        Assert.Contains("Ferdig: ", start.Out, StringComparison.Ordinal);
        Assert.Contains("27 steg, 19 samtaler, 19 skjema.", start.Out, StringComparison.Ordinal);

        var kickoff = tool.Samtale(empty, "round", "kickoff", "H2026", "--local-port", "0");
        Assert.True(kickoff.Exit == ExitCodes.Ok, kickoff.Error);
        Assert.Contains("Oppstart H2026: 4 samtaleansvarlige", kickoff.Out, StringComparison.Ordinal);

        var status = tool.Samtale(empty, "round", "status", "H2026", "--by", "holder", "--now", "2026-11-25", "--local-port", "0");
        Assert.True(status.Exit == ExitCodes.Ok, status.Error);
        Assert.Contains("Skjema:    Under arbeid 19", status.Out, StringComparison.Ordinal);
        Assert.Contains("Forfalt per ansvarlig: 23 oppgaver hos 5 personer", status.Out, StringComparison.Ordinal);

        var reminders = tool.Samtale(empty, "jobs", "reminders", "--now", "2026-11-12", "--local-port", "0");
        Assert.True(reminders.Exit == ExitCodes.Ok, reminders.Error);
        Assert.Matches(@"tor\. 12\. nov\. 2026: sendt [1-9]\d* e-poster? med", reminders.Out);

        // Everything it wrote is the local tenant in ./.samtale; nothing of the templates was needed here.
        Assert.Equal([".samtale"], Directory.EnumerateFileSystemEntries(empty).Select(Path.GetFileName));
    }

    [Fact]
    public void InstalledTool_ExportedTemplates_AreValidAndOverrideTheShippedOnes()
    {
        var mine = Path.Combine(empty, "mine");
        var export = tool.Samtale(empty, "templates", "export", "mine");
        Assert.True(export.Exit == ExitCodes.Ok, export.Error);
        Assert.True(File.Exists(Path.Combine(mine, "routines", "stinn-medarbeidersamtaler.yaml")));
        Assert.True(File.Exists(Path.Combine(mine, "routines", "routine.schema.json")));

        // An own routine beside the shipped ones, found by name through --templates.
        File.Copy(Path.Combine(mine, "routines", "stinn-medarbeidersamtaler.yaml"), Path.Combine(mine, "routines", "var-rutine.yaml"));
        File.WriteAllText(Path.Combine(mine, "routines", "var-rutine.yaml"), File.ReadAllText(Path.Combine(mine, "routines", "var-rutine.yaml"))
            .Replace("id: stinn-medarbeidersamtaler", "id: var-rutine", StringComparison.Ordinal)
            .Replace("title: Rutine for medarbeidersamtaler og tillitsvalgtutvikling", "title: Vår egen rutine", StringComparison.Ordinal));
        var check = tool.Samtale(empty, "routine", "check", "var-rutine", "--templates", "mine");
        Assert.True(check.Exit == ExitCodes.Ok, check.Error);

        var plan = tool.Samtale(empty, "plan", "--routine", "var-rutine", "--term", "H2026", "--templates", "mine");
        Assert.True(plan.Exit == ExitCodes.Ok, plan.Error);
        Assert.StartsWith("Plan for H2026: Vår egen rutine", plan.Out, StringComparison.Ordinal);

        var list = tool.Samtale(empty, "templates", "list", "--templates", "mine");
        Assert.Matches(@"routine\s+var-rutine\s+own", list.Out);
        Assert.Matches(@"blueprint\s+blueprint\s+own", list.Out);
    }

    [Fact]
    public void Package_IsATool_WithTheTemplatesBesideIt()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(tool.Package);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", names);
        foreach (var template in Directory.EnumerateFiles(Path.Combine(Cli.Root, "templates"), "*", SearchOption.AllDirectories))
        {
            Assert.Contains("tools/net10.0/any/templates/" + Path.GetRelativePath(Path.Combine(Cli.Root, "templates"), template).Replace('\\', '/'), names);
        }
    }

    public void Dispose() => Directory.Delete(empty, recursive: true);
}
