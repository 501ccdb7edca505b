namespace PnpSamtale.Cli.Tests;

public sealed class TemplatesCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("samtale-templates-").FullName;

    [Fact]
    public void Plan_ShippedRoutineAndRosterByName_PlanTheRound()
    {
        var (exit, output, error) = Cli.Run("plan", "--routine", "stinn-medarbeidersamtaler", "--roster", "stinn-eksempel", "--term", "H2026");
        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Contains("Samtaler (19)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_UnknownName_ListsTheKnownOnes()
    {
        var (exit, _, error) = Cli.Run("plan", "--routine", "stinn", "--term", "H2026");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--routine: 'stinn' is neither a file nor a routine the tool knows; known: ntnu-medarbeidersamtale, stinn-medarbeidersamtaler (see 'samtale templates list').", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_NotAFolder_ExitsTwo()
    {
        var (exit, _, error) = Cli.Run("plan", "--routine", "stinn-medarbeidersamtaler", "--term", "H2026", "--templates", Path.Combine(folder, "finnes-ikke"));
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--templates: '", error, StringComparison.Ordinal);
        Assert.Contains("is not a folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundStatus_OwnBlueprint_TakesThePlaceOfTheShippedOne()
    {
        Directory.CreateDirectory(Path.Combine(folder, "site"));
        var blueprint = Path.Combine(folder, "site", "blueprint.yaml");
        File.WriteAllText(blueprint, "lists: nope\n");

        var (exit, _, error) = Cli.Run("round", "status", "H2026", "--templates", folder, "--data", Path.Combine(folder, "data"), "--local-port", "0");

        Assert.Equal(ExitCodes.InvalidDefinition, exit);
        Assert.StartsWith(blueprint + ":", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_WritesEveryShippedDefinition_AndNeverIntoAUsedFolder()
    {
        var target = Path.Combine(folder, "mine");
        var (exit, output, _) = Cli.Run("templates", "export", target);
        Assert.Equal(ExitCodes.Ok, exit);
        var shipped = Directory.EnumerateFiles(Path.Combine(Cli.Root, "templates"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(Cli.Root, "templates"), f)).Order(StringComparer.Ordinal);
        Assert.Equal(shipped, Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(target, f)).Order(StringComparer.Ordinal));
        Assert.Contains($"Wrote {shipped.Count()} files to {target}.", output, StringComparison.Ordinal);

        var again = Cli.Run("templates", "export", target);
        Assert.Equal(ExitCodes.Usage, again.Exit);
        Assert.Contains("is not an empty folder", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void List_NamesEachDefinitionOnce_WithWhereItComesFrom()
    {
        Directory.CreateDirectory(Path.Combine(folder, "rosters"));
        File.Copy(Path.Combine(Cli.Root, "templates", "rosters", "stinn-eksempel.yaml"), Path.Combine(folder, "rosters", "stinn-eksempel.yaml"));

        var (exit, output, _) = Cli.Run("templates", "list", "--templates", folder);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Single(output.Split('\n'), l => l.StartsWith("roster     stinn-eksempel", StringComparison.Ordinal));
        Assert.Matches(@"roster\s+stinn-eksempel\s+own\s+", output);
        Assert.Matches(@"routine\s+stinn-medarbeidersamtaler\s+shipped\s+", output);
    }

    [Fact]
    public void RoundStart_FormsFolderWithoutTheRoutinesForms_StillWinsOverTheShippedOnes()
    {
        var (exit, output, error) = Cli.Run("round", "start", "--routine", "stinn-medarbeidersamtaler", "--roster", "stinn-eksempel", "--term", "H2026",
            "--forms", folder, "--data", Path.Combine(folder, "data"), "--local-port", "0");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"--forms: there is no form template for the routine 'stinn-medarbeidersamtaler' ({Path.Combine(folder, "stinn-medarbeidersamtaler.yaml")})", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
