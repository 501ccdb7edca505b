using PnpSamtale.Jobs.HolderKickoff;
using PnpSamtale.Tests.Shared;

namespace PnpSamtale.Jobs.Tests.HolderKickoff;

public sealed class KickoffTemplatesTests
{
    private static readonly string Shipped = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates/mail/kickoff.yaml"));

    [Fact]
    public void Parse_TheShippedFile_HasEveryTextInBothLanguages()
    {
        var templates = KickoffTemplates.Parse(Shipped, "kickoff.yaml");

        Assert.All(templates.Nb.Fields().Concat(templates.En.Fields()), f => Assert.False(string.IsNullOrWhiteSpace(f.Value), f.Field));
        Assert.Equal(KickoffTemplates.Default.En.Subject, templates.En.Subject);
    }

    [Fact]
    public void Parse_ATextMissing_NamesTheFileTheLanguageAndTheField()
    {
        var broken = string.Join('\n', Shipped.Split('\n').Where(l => !(l.StartsWith("  invite:", StringComparison.Ordinal) && l.Contains("invitation", StringComparison.Ordinal))));

        var error = Assert.Throws<InvalidDataException>(() => KickoffTemplates.Parse(broken, "mine/kickoff.yaml"));

        Assert.Equal("mine/kickoff.yaml: en.invite is missing", error.Message);
    }

    [Fact]
    public void Parse_AnUnknownField_NamesTheLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => KickoffTemplates.Parse("nb:\n  subjekt: \"x\"\n", "mine/kickoff.yaml"));

        Assert.StartsWith("mine/kickoff.yaml:2:", error.Message, StringComparison.Ordinal);
    }
}
