using System.Xml.Linq;
using PnpSamtale.Core.Output.Charts;
using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Tests.Output.Charts;

public sealed class GanttChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly Plan Stinn = Planner.Create(new PlanRequest(Templates.Stinn, Term.Parse("H2026"))
    {
        SetDates = new Dictionary<StepId, DateOnly> { [StepId.Parse("1.2")] = new(2026, 11, 9) },
        Roster = Templates.StinnRoster,
    }).Plan!;

    /// <summary>
    /// The whole page, byte for byte. After a deliberate change to the drawing, regenerate with
    /// <c>UPDATE_GOLDEN=1 dotnet test tests/PnpSamtale.Core.Tests</c>, look at it, and re-render docs/ (docs/render-chart.sh).
    /// </summary>
    [Fact]
    public void Html_StinnH2026_MatchesTheGoldenFile()
    {
        var golden = Path.Combine(Templates.Root, "tests", "PnpSamtale.Core.Tests", "Output", "Charts", "plan-h2026.golden.html");
        var html = GanttHtml.Render(GanttChart.FromPlan(Stinn, new DateOnly(2026, 11, 18)));
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, html);
        }

        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), html);
    }

    [Fact]
    public void Svg_IsWellFormed_WithABarPerKnownWindowAndAPhaseBandPerPhase()
    {
        var svg = XDocument.Parse(GanttSvg.Render(GanttChart.FromPlan(Stinn, new DateOnly(2026, 11, 18))));
        var rects = svg.Descendants(Svg + "rect").ToList();
        Assert.Equal(5, rects.Count(r => (string?)r.Attribute("class") == "phase"));

        // Every step with a window has a bar or a diamond with its explanation as the tooltip.
        var tooltips = svg.Descendants(Svg + "title").Select(t => t.Value).ToList();
        foreach (var step in Stinn.Steps.Where(s => s.Window.IsKnown))
        {
            Assert.Contains(tooltips, t => t.StartsWith($"{step.Step.Id} {step.Step.Activity}: {step.Explanation}", StringComparison.Ordinal));
        }

        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "Fase 3: Medarbeidersamtaler med ledere");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "uke 46");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "Frist satt i 2.3");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "til 16. aug. 2027 →");
    }

    [Fact]
    public void Svg_TodayOnTheAxis_DrawsTheLine_OutsideItDoesNot()
    {
        Assert.Contains("i dag 18. nov.", GanttSvg.Render(GanttChart.FromPlan(Stinn, new DateOnly(2026, 11, 18))), StringComparison.Ordinal);
        var outside = GanttChart.FromPlan(Stinn, new DateOnly(2027, 3, 1));
        Assert.Null(outside.Today);
        Assert.DoesNotContain("class=\"today-text\"", GanttSvg.Render(outside), StringComparison.Ordinal);
    }

    [Fact]
    public void FromPlan_AxisRunsFromTheStartToTheLastDeadline_NotToTheTermEnds()
    {
        var chart = GanttChart.FromPlan(Stinn, null);
        Assert.Equal(Stinn.Start, chart.From);
        Assert.Equal(new DateOnly(2027, 1, 2), chart.To);
        Assert.Contains(new DateOnly(2026, 12, 25), chart.ClosedDays);
        Assert.DoesNotContain(new DateOnly(2026, 12, 23), chart.ClosedDays);
    }

    [Fact]
    public void FromPlan_WithoutASite_EveryStepIsPlannedOrNotKnownYet()
    {
        var rows = GanttChart.FromPlan(Stinn, null).Rows.ToDictionary(r => r.Step.Value);
        Assert.Equal(StepState.Planned, rows["1.1"].State);
        Assert.Equal(StepState.NotKnownYet, rows["2.7"].State);
        Assert.Equal(StepState.NotKnownYet, rows["5.1"].State);
        Assert.All(rows.Values, r => Assert.Contains(r.State, new[] { StepState.Planned, StepState.NotKnownYet }));
    }

    [Fact]
    public void FromPlan_ActualStates_AreDrawnAsGiven()
    {
        var states = new Dictionary<StepId, StepState>
        {
            [StepId.Parse("1.1")] = StepState.Done,
            [StepId.Parse("3.10")] = StepState.Late,
            [StepId.Parse("4.1")] = StepState.Open,
        };
        var chart = GanttChart.FromPlan(Stinn, new DateOnly(2026, 11, 25), states);
        var svg = XDocument.Parse(GanttSvg.Render(chart));

        Assert.Equal(StepState.Late, chart.Rows.Single(r => r.Step == StepId.Parse("3.10")).State);
        string BarOf(string step) => (string)svg.Descendants(Svg + "title").First(t => t.Value.StartsWith(step + " ", StringComparison.Ordinal)).Parent!.Attribute("class")!;
        Assert.Equal("bar done", BarOf("1.1"));
        Assert.Equal("bar late", BarOf("3.10"));
        Assert.Equal("bar open", BarOf("4.1"));
        Assert.Equal("bar planned", BarOf("3.9"));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "forfalt" && (string?)t.Attribute("class") == "status-late");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "utført");
    }

    [Fact]
    public void Svg_AnnualRoutineWithoutRoster_Renders()
    {
        var plan = Planner.Create(new PlanRequest(Templates.Ntnu, Term.Parse("2027"))).Plan!;
        var svg = XDocument.Parse(GanttSvg.Render(GanttChart.FromPlan(plan, new DateOnly(2027, 2, 1))));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "Plan for 2027: Medarbeidersamtale for ledere");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "i dag 1. feb.");
    }

    [Fact]
    public void Html_IsSelfContained_AndPrintsOnA4Landscape()
    {
        var html = GanttHtml.Render(GanttChart.FromPlan(Stinn, null));
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nb\">", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4 landscape;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@font-face", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_NamesWithMarkup_AreEscaped()
    {
        var row = new GanttRow(StepId.Parse("1.1"), "Møte <b>& \"fest\"</b>", "L-OU", new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 3), StepState.Planned, false, "note <x>", "når");
        var chart = new GanttChart("Plan & <tittel>", "Start", [new GanttPhase("Fase 1", [row])], new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 20), null, []);
        var svg = XDocument.Parse(GanttSvg.Render(chart));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "Møte <b>& \"fest\"</b>");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "Plan & <tittel>");
    }
}
