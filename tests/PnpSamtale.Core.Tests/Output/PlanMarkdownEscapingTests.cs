using PnpSamtale.Core.Output;
using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Tests.Output;

public sealed class PlanMarkdownEscapingTests
{
    [Theory]
    [InlineData("Anne_Marie *Berg*", "Anne\\_Marie \\*Berg\\*")]
    [InlineData("[klikk](https://evil.example)", "\\[klikk\\](https://evil.example)")]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("`kode` ~~borte~~", "\\`kode\\` \\~\\~borte\\~\\~")]
    [InlineData("Tom & Jerry!", "Tom \\& Jerry\\!")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("# Overskrift", "\\# Overskrift")]
    [InlineData("- punkt", "\\- punkt")]
    [InlineData("1. liste", "1\\. liste")]
    [InlineData("3.4: ingen i rosteret", "3.4: ingen i rosteret")]
    [InlineData("to\nlinjer", "to linjer")]
    [InlineData("Ærlig Øst-Ås", "Ærlig Øst-Ås")]
    public void Escape_MetacharactersGetABackslash_PlainTextIsLeftAlone(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    [Fact]
    public void Render_NamesWithMarkdown_AreEscapedInTheConversationTable()
    {
        const string yaml = """
            organisation: StInn
            people:
              - { name: "Sofie *Bakken*", upn: sofie@stinn.example, roles: [{ role: NL-AU, from: 2026-01-01, to: 2026-12-31 }] }
              - { name: "Jonas_Hagen [x](https://evil.example)", upn: jonas@stinn.example, roles: [{ role: L-AU, from: 2026-01-01, to: 2026-12-31 }] }
              - { name: "<b>Emma</b> | Solberg", upn: emma@stinn.example, roles: [{ role: AU, from: 2026-01-01, to: 2026-12-31 }] }
            """;
        var roster = RosterLoader.LoadOrThrow(yaml, "roster.yaml");
        var plan = Planner.Create(new PlanRequest(Templates.Stinn, Term.Parse("H2026")) { Roster = roster }).Plan!;

        var md = PlanMarkdown.Render(plan);

        Assert.Contains("| 3.1 | Sofie \\*Bakken\\* | Jonas\\_Hagen \\[x\\](https://evil.example) | L-AU |", md, StringComparison.Ordinal);
        Assert.Contains("| 3.2 | Sofie \\*Bakken\\* | \\<b\\>Emma\\</b\\> \\| Solberg | AU |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", md, StringComparison.Ordinal);
        // Seven cells, so eight unescaped pipes: the name's pipe does not split the row.
        var row = md.Split('\n').Single(l => l.Contains("Emma", StringComparison.Ordinal));
        Assert.Equal(8, System.Text.RegularExpressions.Regex.Count(row, @"(?<!\\)\|"));
    }
}
