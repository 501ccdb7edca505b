using System.Globalization;
using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Tests.Planning;

public sealed class PlannerTests
{
    private static Plan PlanFor(string term, params (string Step, string Date)[] set) => PlanWith(Templates.Stinn, term, null, set);

    private static Plan PlanWith(Routine routine, string term, PnpSamtale.Core.Rosters.Roster? roster, params (string Step, string Date)[] set)
    {
        var request = new PlanRequest(routine, Term.Parse(term))
        {
            SetDates = set.ToDictionary(s => StepId.Parse(s.Step), s => D(s.Date)),
            Roster = roster,
        };
        var result = Planner.Create(request);
        Assert.Empty(result.Errors);
        return result.Plan!;
    }

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AssertWindow(Plan plan, string step, string? earliest, string? latest)
    {
        var window = plan.Find(StepId.Parse(step))!.Window;
        Assert.Equal((earliest is null ? (DateOnly?)null : D(earliest), latest is null ? (DateOnly?)null : D(latest)), (window.Earliest, window.Latest));
    }

    [Fact]
    public void Create_H2026_StartsOnFirstBusinessDayOfUltimoOktober()
    {
        var plan = PlanFor("H2026");
        Assert.Equal(D("2026-10-21"), plan.Start);
    }

    [Fact]
    public void Create_H2026_SeasonAnchorPrimoNovember_IsFirstToTenthOnBusinessDays()
    {
        var plan = PlanFor("H2026");
        AssertWindow(plan, "1.2", "2026-11-02", "2026-11-10"); // 1 November 2026 is a Sunday
        Assert.Equal("primo november 2026 → man. 2. nov.–tir. 10. nov.", plan.Find(StepId.Parse("1.2"))!.Explanation);
    }

    [Fact]
    public void Create_H2026_BeforeRule_GivesLatestDateFromAnchorsLatest()
    {
        var plan = PlanFor("H2026");
        AssertWindow(plan, "1.1", "2026-10-21", "2026-10-27");
        Assert.Contains(plan.Warnings, w => w.Step == StepId.Parse("1.1") && w.Message.Contains("hvis 1.2 legges før ons. 4. nov.", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_H2026WithSetDate_ReplansDownstreamAndExplains()
    {
        var plan = PlanFor("H2026", ("1.2", "2026-11-03"));
        AssertWindow(plan, "1.2", "2026-11-03", "2026-11-03");
        Assert.Equal("10 virkedager før 1.2 (tir. 3. nov.) → senest tir. 20. okt.", plan.Find(StepId.Parse("1.1"))!.Explanation);
        AssertWindow(plan, "1.3", "2026-11-03", "2026-11-03");
        AssertWindow(plan, "3.1", "2026-11-04", "2026-11-17");
        // 1.1 must now be sent the day before the round starts: a conflict, reported.
        Assert.Contains(plan.Warnings, w => w.Step == StepId.Parse("1.1") && w.Message.Contains("fristen tir. 20. okt. er før rundens start (ons. 21. okt.)", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_H2026_AfterRuleWindow_IsOneToTenBusinessDaysAfterAnchor()
    {
        var plan = PlanFor("H2026", ("1.2", "2026-11-09"));
        AssertWindow(plan, "1.1", "2026-10-21", "2026-10-26");
        AssertWindow(plan, "3.1", "2026-11-10", "2026-11-23");
        AssertWindow(plan, "4.2", "2026-11-11", "2026-12-07");
    }

    [Fact]
    public void Create_AfterSeveralSteps_CountsFromTheLatestOfThem()
    {
        var plan = PlanFor("H2026", ("1.2", "2026-11-03"), ("3.7", "2026-11-05"), ("3.8", "2026-11-12"));
        AssertWindow(plan, "4.1", "2026-11-13", "2026-11-26");
        Assert.Contains("etter 3.7 og 3.8 (siste av dem: tor. 12. nov.)", plan.Find(StepId.Parse("4.1"))!.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AfterSeveralUnsetSteps_UsesLatestEarliestAndLatestLatest()
    {
        var plan = PlanFor("H2026", ("3.7", "2026-11-16"));
        // 3.8 is [3 Nov, 24 Nov]; 3.7 is 16 Nov: earliest = 1 after max(16 Nov, 3 Nov), latest = 10 after max(16 Nov, 24 Nov).
        AssertWindow(plan, "4.1", "2026-11-17", "2026-12-08");
    }

    [Fact]
    public void Create_SetInStepAndItsSuccessor_AreUnknownUntilSet()
    {
        var unknown = PlanFor("H2026");
        AssertWindow(unknown, "5.1", null, null);
        AssertWindow(unknown, "5.2", null, null);
        Assert.Contains("dato settes i 1.2", unknown.Find(StepId.Parse("5.1"))!.Explanation, StringComparison.Ordinal);
        var set = PlanFor("H2026", ("5.1", "2026-12-03"));
        AssertWindow(set, "5.2", "2026-12-08", "2026-12-08");
    }

    [Fact]
    public void Create_PerConversationSteps_FollowTheConversationWindow()
    {
        var plan = PlanFor("H2026", ("1.2", "2026-11-09"));
        AssertWindow(plan, "2.2", "2026-11-10", "2026-12-07");
        AssertWindow(plan, "2.3", "2026-11-10", "2026-12-07");
        AssertWindow(plan, "2.1", "2026-10-21", "2026-11-30");
        AssertWindow(plan, "2.4", "2026-11-10", "2026-12-08");
        AssertWindow(plan, "2.6", "2026-11-10", "2026-12-10");
        AssertWindow(plan, "2.7", null, null);
    }

    [Fact]
    public void Create_V2027_WindowSpanningEaster_SkipsTheEasterHolidays()
    {
        var plan = PlanFor("V2027");
        Assert.Equal(D("2027-02-22"), plan.Start); // 21 February 2027 is a Sunday
        AssertWindow(plan, "1.2", "2027-03-01", "2027-03-10");
        AssertWindow(plan, "3.1", "2027-03-02", "2027-03-24");
        // 10 business days after 24 March 2027 skip Maundy Thursday, Good Friday and Easter Monday.
        AssertWindow(plan, "4.1", "2027-03-03", "2027-04-12");
        Assert.True(plan.Find(StepId.Parse("1.3"))!.Optional);
        Assert.False(PlanFor("H2026").Find(StepId.Parse("1.3"))!.Optional);
    }

    [Fact]
    public void Create_TermEnd_ComesFromTheRoster()
    {
        var plan = PlanWith(Templates.Stinn, "H2026", Templates.StinnRoster);
        AssertWindow(plan, "5.3", "2026-12-31", "2027-08-16"); // 14 August 2027 is a Saturday: the deadline rolls to Monday
        Assert.Equal("periodeslutt for vervet, per person → tor. 31. des. 2026–man. 16. aug. 2027", plan.Find(StepId.Parse("5.3"))!.Explanation);
        AssertWindow(PlanFor("H2026"), "5.3", null, null);
    }

    [Fact]
    public void Create_WithRoster_GivesEachConversationItsStepsWindow()
    {
        var plan = PlanWith(Templates.Stinn, "H2026", Templates.StinnRoster, ("1.2", "2026-11-09"));
        var sru = plan.Conversations.Where(c => c.Conversation.Step == StepId.Parse("4.1")).ToList();
        Assert.Equal(4, sru.Count);
        Assert.All(sru, c => Assert.Equal(new DateWindow(D("2026-11-11"), D("2026-12-07")), c.Window));
    }

    [Fact]
    public void Create_SetDateOnWeekendOrOutsideRule_Warns()
    {
        var plan = PlanFor("H2026", ("1.2", "2026-11-14"));
        Assert.Contains(plan.Warnings, w => w.Message == "1.2 er satt til lørdag 14. november 2026, som ikke er en virkedag.");
        Assert.Contains(plan.Warnings, w => w.Message.StartsWith("1.2 er satt til lør. 14. nov., utenfor regelen «Høst: Primo november  Vår: Primo mars»", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("9.9", "has no step 9.9")]
    [InlineData("2.2", "happens once per conversation")]
    public void Create_BadSetStep_IsAnError(string step, string expected)
    {
        var result = Planner.Create(new PlanRequest(Templates.Stinn, Term.Parse("H2026")) { SetDates = new Dictionary<StepId, DateOnly> { [StepId.Parse(step)] = D("2026-11-09") } });
        Assert.Null(result.Plan);
        Assert.Contains(result.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Create_TermOfASeasonTheRoutineLacks_IsAnError()
    {
        var result = Planner.Create(new PlanRequest(Templates.Stinn, Term.Parse("2027")));
        Assert.Contains("has no round in term 2027", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Contains("has no round in term H2027", Assert.Single(Planner.Create(new PlanRequest(Templates.Ntnu, Term.Parse("H2027"))).Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NtnuAnnual_PlansConversationsWithDelegation()
    {
        var plan = PlanWith(Templates.Ntnu, "2027", Templates.NtnuRoster);
        Assert.Equal(D("2027-01-11"), plan.Start);
        AssertWindow(plan, "1.1", "2027-01-11", "2027-01-20");
        Assert.Equal(5, plan.Conversations.Count);
        Assert.Equal("per.holm@ntnu.example", plan.Conversations.Single(c => c.Conversation.Partner.Upn == "chen.wei@ntnu.example").Conversation.Holder.Upn);
        Assert.Equal("randi.lunde@ntnu.example", plan.Conversations.Single(c => c.Conversation.Partner.Upn == "bjorn.aune@ntnu.example").Conversation.Holder.Upn);
    }

    [Fact]
    public void Create_ConversationStepOffThisSeason_DoesNotBlankThePerConversationSteps()
    {
        var yaml = Templates.StinnYaml.Replace("conversation: { holder: { role: NL-SST }, partner: { role: DL-ST } }", "conversation: { holder: { role: NL-SST }, partner: { role: DL-ST } }\n        occurs: { spring: never }", StringComparison.Ordinal);
        var routine = RoutineLoader.LoadOrThrow(yaml, "x.yaml", Clock.At(2026, 11, 22));
        var plan = PlanWith(routine, "V2027", null);
        Assert.Null(plan.Find(StepId.Parse("4.4")));
        AssertWindow(plan, "2.2", "2027-03-02", "2027-04-12");
    }

    [Fact]
    public void Create_EveryDateHasAnExplanation()
    {
        var plan = PlanWith(Templates.Stinn, "V2027", Templates.StinnRoster, ("5.1", "2027-04-20"));
        Assert.All(plan.Steps, s => Assert.False(string.IsNullOrWhiteSpace(s.Explanation)));
        Assert.All(plan.Steps, s => Assert.DoesNotContain('\n', s.Explanation));
    }
}
