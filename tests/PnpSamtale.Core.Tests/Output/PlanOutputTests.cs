using System.Text;
using System.Text.Json;
using PnpSamtale.Core.Output;
using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Tests.Output;

public sealed class PlanOutputTests
{
    private static readonly Plan Plan = Planner.Create(new PlanRequest(Templates.Stinn, Term.Parse("H2026"))
    {
        SetDates = new Dictionary<StepId, DateOnly> { [StepId.Parse("1.2")] = new(2026, 11, 9) },
        Roster = Templates.StinnRoster,
    }).Plan!;

    [Fact]
    public void PlanJson_HasTheDocumentedShapeWithIsoDatesAndNulls()
    {
        using var json = JsonDocument.Parse(PlanJson.Render(Plan));
        var root = json.RootElement;
        Assert.Equal("H2026", root.GetProperty("term").GetString());
        Assert.Equal("2026-10-21", root.GetProperty("start").GetString());
        var steps = root.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(27, steps.Count);
        var first = steps[0];
        Assert.Equal("1.1", first.GetProperty("id").GetString());
        Assert.Equal("2026-10-21", first.GetProperty("earliest").GetString());
        Assert.Equal("2026-10-26", first.GetProperty("latest").GetString());
        Assert.StartsWith("10 virkedager før 1.2", first.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        var evaluation = steps.Single(s => s.GetProperty("id").GetString() == "5.1");
        Assert.Equal(JsonValueKind.Null, evaluation.GetProperty("earliest").ValueKind);
        Assert.Equal(JsonValueKind.Null, evaluation.GetProperty("latest").ValueKind);
        var conversation = root.GetProperty("conversations").EnumerateArray().First();
        Assert.Equal("3.1", conversation.GetProperty("step").GetString());
        Assert.Equal("sofie.bakken@stinn.example", conversation.GetProperty("holder").GetString());
        Assert.Equal("jonas.hagen@stinn.example", conversation.GetProperty("partner").GetString());
        Assert.Equal("2026-11-10", conversation.GetProperty("earliest").GetString());
        Assert.Equal("2026-11-23", conversation.GetProperty("latest").GetString());
        Assert.NotEmpty(root.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public void PlanCalendar_IsValidICalendarWithAnAllDayEventPerDeadline()
    {
        var ics = PlanCalendar.Render(Plan, new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", ics, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = ics.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"line over 75 octets: {l}"));
        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var events = unfolded.Count(l => l == "BEGIN:VEVENT");
        Assert.Equal(events, unfolded.Count(l => l == "END:VEVENT"));
        var knownDeadlines = Plan.Steps.Count(s => s.Window.Latest is not null) + Plan.Conversations.Count;
        Assert.Equal(knownDeadlines, events);
        Assert.Equal(events, unfolded.Count(l => l.StartsWith("UID:", StringComparison.Ordinal)));
        Assert.Equal(events, unfolded.Distinct().Count(l => l.StartsWith("UID:", StringComparison.Ordinal)));
        Assert.Equal(events, unfolded.Count(l => l == "DTSTAMP:20261122T080000Z"));
        Assert.Contains("DTSTART;VALUE=DATE:20261026", unfolded);
        Assert.Contains("DTEND;VALUE=DATE:20261027", unfolded);
        Assert.Contains(unfolded, l => l.StartsWith("SUMMARY:Frist 1.1: Innkalling til planleggingsmøte sendes ut (L-OU)", StringComparison.Ordinal));
    }

    [Fact]
    public void PlanCalendar_Escape_EscapesTextSpecials() =>
        Assert.Equal("a\\, b\\; c\\\\ d\\ne", PlanCalendar.Escape("a, b; c\\ d\ne"));

    [Fact]
    public void PlanMarkdown_GroupsStepsByPhaseAndListsConversationsAndWarnings()
    {
        var md = PlanMarkdown.Render(Plan);
        Assert.StartsWith("# Plan for H2026: Rutine for medarbeidersamtaler og tillitsvalgtutvikling", md, StringComparison.Ordinal);
        var headings = md.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["## Fase 1: Planlegging og opplæring", "## Fase 2: Gjennomføring av medarbeidersamtale (per samtale)", "## Fase 3: Medarbeidersamtaler med ledere", "## Fase 4: Medarbeidersamtaler med øvrige tillitsvalgte", "## Fase 5: Oppfølging og evaluering", "## Samtaler", "## Merk"], headings);
        Assert.Contains("| 1.2 | Planleggingsmøte gjennomføres | L-OU | Høst: Primo november  Vår: Primo mars | man. 9. nov. | man. 9. nov. |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanText_ShowsEveryStepWithItsExplanationAndTheWarnings()
    {
        var text = PlanText.Render(Plan);
        Assert.Contains("Runden starter onsdag 21. oktober 2026 (ultimo oktober).", text, StringComparison.Ordinal);
        foreach (var step in Plan.Steps)
        {
            Assert.Contains(step.Explanation, text, StringComparison.Ordinal);
        }

        Assert.Contains("Samtaler (19)", text, StringComparison.Ordinal);
        Assert.Contains("! 3.5: vervet L-VK er ledig", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RoutineJson_HasTheDocumentedShape()
    {
        using var json = JsonDocument.Parse(RoutineOutput.Json(Templates.Stinn));
        var root = json.RootElement;
        Assert.Equal("stinn-medarbeidersamtaler", root.GetProperty("id").GetString());
        Assert.Equal("L-KKV", root.GetProperty("roles")[1].GetProperty("abbreviation").GetString());
        var step = root.GetProperty("phases")[0].GetProperty("steps")[1];
        Assert.Equal(["id", "activity", "activityEn", "description", "responsible", "when"], step.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Planning meeting is held", step.GetProperty("activityEn").GetString());
        Assert.Equal("Høst: Primo november  Vår: Primo mars", step.GetProperty("when").GetString());
    }
}
