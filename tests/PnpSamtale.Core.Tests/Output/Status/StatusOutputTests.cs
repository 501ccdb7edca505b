using System.Text.Json;
using System.Xml.Linq;
using PnpSamtale.Core.Output.Status;
using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Progress;
using PnpSamtale.Core.Reminders;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;
using static PnpSamtale.Core.Tests.Progress.ProgressAssessorTests;

namespace PnpSamtale.Core.Tests.Output.Status;

public sealed class StatusOutputTests
{
    /// <summary>A name that would be markup in Markdown and HTML, to prove both escape it.</summary>
    private const string TrickyName = "Emma_Marie <b>Solberg</b> | [klikk](https://evil.example)";

    private static readonly Uri Site = new("https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026");

    private static readonly DateOnly Wednesday = new(2026, 11, 25);

    /// <summary>
    /// H2026 on Wednesday 25 November: 1.1 and 1.2 marked, the course (1.3) not; Jonas's conversation held and archived
    /// with one measure overdue; Emma's form sent and not confirmed; Ella (Trondheim) not even invited.
    /// </summary>
    private static RoundProgress Scenario()
    {
        var roster = RosterLoader.LoadOrThrow(RosterYaml.Replace("Emma Solberg", "'" + TrickyName + "'", StringComparison.Ordinal), "roster.yaml");
        var plan = Planner.Create(new PlanRequest(Templates.Stinn, Term.Parse("H2026"))
        {
            SetDates = new Dictionary<StepId, DateOnly> { [StepId.Parse("1.2")] = new(2026, 11, 9) },
            Roster = roster,
        }).Plan!;
        const string jonas = "H2026/3.1/jonas@stinn.example";
        ConversationFacts[] conversations =
        [
            Conversation(jonas, "jonas@stinn.example", held: new DateOnly(2026, 11, 16)) with { Scheduled = true, Stage = FormStage.Archived, Confirmed = true },
            Conversation("H2026/3.2/emma@stinn.example", "emma@stinn.example", held: new DateOnly(2026, 11, 18)) with
            {
                Scheduled = true, Stage = FormStage.SentToPartner, SentOn = new DateOnly(2026, 11, 19),
            },
            Conversation("H2026/3.8/ella@stinn.example", "ella@stinn.example"),
        ];
        MeasureFacts[] measures = [new($"{jonas}/tiltak-4", jonas, new DateOnly(2026, 11, 20), false, Link)];
        StepFacts[] steps = [Step("1.1", null, done: true), Step("1.2", null, done: true), Step("1.3", null, done: false)];
        return ProgressAssessor.Assess(new ProgressRequest(Facts(steps, conversations, measures), plan, roster, Wednesday));
    }

    /// <summary>
    /// The whole page, byte for byte. After a deliberate change, regenerate with
    /// <c>UPDATE_GOLDEN=1 dotnet test tests/PnpSamtale.Core.Tests</c>, look at it, and re-render docs/ (docs/render-status.sh).
    /// </summary>
    [Fact]
    public void Html_Scenario_MatchesTheGoldenFile() => Golden("status-h2026.golden.html", StatusHtml.Render(Scenario(), LateGrouping.Holder));

    /// <summary>The Markdown, byte for byte (regenerated as the HTML).</summary>
    [Fact]
    public void Markdown_Scenario_MatchesTheGoldenFile() => Golden("status-h2026.golden.md", StatusMarkdown.Render(Scenario(), LateGrouping.Holder, Site));

    [Fact]
    public void Markdown_NamesFromTheRoster_StayText()
    {
        var md = StatusMarkdown.Render(Scenario(), LateGrouping.Holder, Site);

        Assert.DoesNotContain("[klikk](", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Emma_Marie", md, StringComparison.Ordinal);
        Assert.Contains(@"Emma\_Marie \<b\>Solberg\</b\> \| \[klikk\](https://evil.example)", md, StringComparison.Ordinal);

        // Every row of the late tables has its six cells: a name cannot add a column.
        var rows = md.Split('\n').Where(l => l.StartsWith("| 2.", StringComparison.Ordinal) && l.Contains("virkedag", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(7, r.Replace(@"\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|')));
    }

    [Fact]
    public void Html_IsSelfContained_WellFormed_AndEscapesNames()
    {
        var html = StatusHtml.Render(Scenario(), LateGrouping.Holder);

        foreach (var external in new[] { "<script", "<link", "<img", "src=", "href=", "url(", "@import" })
        {
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("<b>Solberg", html, StringComparison.Ordinal);
        Assert.Contains("Emma_Marie &lt;b&gt;Solberg&lt;/b&gt; | [klikk](https://evil.example)", html, StringComparison.Ordinal);
        Assert.Contains("<title>Status for H2026: Rutine for medarbeidersamtaler og tillitsvalgtutvikling</title>", html, StringComparison.Ordinal);

        // The chart is well-formed SVG with today's line and a state per step; the body after it is well-formed too.
        var svgStart = html.IndexOf("<svg", StringComparison.Ordinal);
        var svgEnd = html.IndexOf("</svg>", StringComparison.Ordinal) + "</svg>".Length;
        var chart = XDocument.Parse(html[svgStart..svgEnd]);
        Assert.Contains(chart.Descendants(), e => e.Name.LocalName == "line" && (string?)e.Attribute("class") == "today");
        Assert.Contains(chart.Descendants(), e => e.Name.LocalName == "text" && e.Value == "forfalt");
        Assert.Contains(chart.Descendants(), e => e.Name.LocalName == "text" && e.Value == "utført");
        var body = XDocument.Parse("<body>" + html[svgEnd..html.IndexOf("</main>", StringComparison.Ordinal)] + "</body>");
        Assert.Contains(body.Descendants("h3"), h => h.Value == "Henrik Strand (henrik@stinn.example) – 1");
    }

    [Fact]
    public void Text_PerHolder_NamesWhoIsBehindWithWhat()
    {
        var text = StatusText.Render(Scenario(), LateGrouping.Holder, Site);

        Assert.Contains("Rundesteg: 2 av 5 utført, 1 forfalt", text, StringComparison.Ordinal);
        Assert.Contains("Samtaler:  2 av 3 gjennomført, 3 med noe forfalt", text, StringComparison.Ordinal);
        Assert.Contains("Skjema:    Under arbeid 1, Sendt til partner 1, Bekreftet 0, Arkivert 1", text, StringComparison.Ordinal);
        Assert.Contains("Forfalt per ansvarlig: 5 oppgaver hos 4 personer", text, StringComparison.Ordinal);
        Assert.Contains("Sofie Bakken (sofie@stinn.example) – 3", text, StringComparison.Ordinal);
        Assert.Matches(@"2\.5\s+Bekreftelse eller rette det som står oppført i skjemaet\s+Emma_Marie.*3\.2: Sofie Bakken – Emma_Marie.*\(AU\)\s+fre\. 20\. nov\.\s+3 virkedager", text);
        Assert.Matches(@"2\.7\s+Følge opp avtalte tiltak \(et tiltak\)\s+Sofie Bakken\s+3\.1: Sofie Bakken – Jonas Hagen \(L-AU\)\s+fre\. 20\. nov\.\s+3 virkedager", text);
        Assert.Matches(@"2\.2\s+Medarbeidersamtale\s+Sofie Bakken\s+3\.8: Sofie Bakken – Ella Larsen \(NL-SRU\)\s+man\. 23\. nov\.\s+2 virkedager", text);
        Assert.Matches(@"2\.1\s+Innkalling til medarbeidersamtale\s+Samtale-ansvarlig\s+man\. 30\. nov\.\s+forfalt: 2 av 3 samtaler, 1 forfalt", text);
    }

    [Fact]
    public void Text_NobodyLate_SaysSo()
    {
        var progress = Assess(new DateOnly(2026, 10, 21));

        Assert.EndsWith("Ingen ligger etter.\n", StatusText.Render(progress, LateGrouping.Step), StringComparison.Ordinal);
        Assert.Contains("## Ingen ligger etter.", StatusMarkdown.Render(progress, LateGrouping.Step), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_HasTheNumbersEveryStepAndTheGroups()
    {
        using var json = JsonDocument.Parse(StatusJson.Render(Scenario(), LateGrouping.Unit, Site));
        var root = json.RootElement;

        Assert.Equal("H2026", root.GetProperty("round").GetString());
        Assert.Equal("2026-11-25", root.GetProperty("asOf").GetString());
        Assert.Equal((5, 2, 1), (root.GetProperty("steps").GetProperty("total").GetInt32(), root.GetProperty("steps").GetProperty("done").GetInt32(), root.GetProperty("steps").GetProperty("late").GetInt32()));
        Assert.Equal(1, root.GetProperty("forms").GetProperty("Sendt til partner").GetInt32());
        Assert.Equal(27, root.GetProperty("stepStates").GetArrayLength());
        Assert.Equal("perConversation", root.GetProperty("stepStates")[3].GetProperty("judged").GetString());
        Assert.Equal("unit", root.GetProperty("by").GetString());
        Assert.Equal(["Trondheim", "Uten studiested"], root.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("title").GetString()));
        var ella = root.GetProperty("groups")[0].GetProperty("late")[0];
        Assert.Equal(("conversationStep", "2.1", 7), (ella.GetProperty("kind").GetString(), ella.GetProperty("step").GetString(), ella.GetProperty("businessDaysLate").GetInt32()));
        Assert.Equal("ella@stinn.example", ella.GetProperty("conversation").GetProperty("partner").GetProperty("upn").GetString());
        Assert.Equal("sofie@stinn.example", ella.GetProperty("responsible")[0].GetProperty("upn").GetString());
    }

    private static void Golden(string file, string actual)
    {
        var golden = Path.Combine(Templates.Root, "tests", "PnpSamtale.Core.Tests", "Output", "Status", file);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), actual);
    }
}
