using PnpSamtale.Core.Output.Charts;
using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Progress;
using PnpSamtale.Core.Reminders;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Tests.Progress;

public sealed class ProgressAssessorTests
{
    internal const string RosterYaml = """
        organisation: StInn
        people:
          - { name: Kari Nordmann, upn: kari@stinn.example, roles: [{ role: L-OU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Nora Dahl, upn: nora@stinn.example, roles: [{ role: OrgKons }] }
          - { name: Henrik Strand, upn: henrik@stinn.example, roles: [{ role: OrgKons }] }
          - { name: Sofie Bakken, upn: sofie@stinn.example, roles: [{ role: NL-AU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Jonas Hagen, upn: jonas@stinn.example, roles: [{ role: L-AU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Emma Solberg, upn: emma@stinn.example, roles: [{ role: AU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Ella Larsen, upn: ella@stinn.example, roles: [{ role: NL-SRU, campus: Trondheim, from: 2026-07-01, to: 2026-12-31 }] }
        """;

    internal static readonly Uri Link = new("https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/Lists/Samtaler/DispForm.aspx?ID=1");

    internal static Roster Roster { get; } = RosterLoader.LoadOrThrow(RosterYaml, "roster.yaml");

    internal static Plan Plan { get; } = Planner.Create(new PlanRequest(Templates.Stinn, Term.Parse("H2026"))
    {
        SetDates = new Dictionary<StepId, DateOnly> { [StepId.Parse("1.2")] = new(2026, 11, 9) },
        Roster = Roster,
    }).Plan!;

    private const string Jonas = "H2026/3.1/jonas@stinn.example";
    private const string Emma = "H2026/3.2/emma@stinn.example";
    private const string Ella = "H2026/3.8/ella@stinn.example";

    [Fact]
    public void Assess_RoundStepNobodyMarkedPastItsDeadline_IsLate_WithTheRoleHoldersAndTheBusinessDaysLate()
    {
        // 1.1 is due Monday 26 October; Monday 2 November is five business days later.
        var progress = Assess(new DateOnly(2026, 11, 2), steps: [Step("1.1", null, done: false)]);

        var late = Assert.Single(progress.Late);
        Assert.Equal((LateKind.RoundStep, "1.1", "L-OU", new DateOnly(2026, 10, 26), 5), (late.Kind, late.Step.ToString(), late.Role, late.Deadline, late.BusinessDaysLate));
        Assert.Equal(["kari@stinn.example"], late.Responsible.Select(p => p.Upn));
        Assert.Equal("Kari Nordmann", late.Responsible[0].Name);
        Assert.Null(late.Conversation);
        Assert.Equal(StepState.Late, Find(progress, "1.1").State);
    }

    [Fact]
    public void Assess_RoundStepMarkedDone_IsDone_AndNotLate()
    {
        var progress = Assess(new DateOnly(2026, 11, 2), steps: [Step("1.1", null, done: true)]);

        Assert.Empty(progress.Late);
        Assert.Equal(StepState.Done, Find(progress, "1.1").State);
        Assert.Equal(1, progress.Totals.RoundStepsDone);
    }

    [Fact]
    public void Assess_StepsEveryConversationGoesThrough_AreNotCountedAsRoundStepsNobodyMarks()
    {
        // Every step item exists, none marked; well past every deadline.
        var progress = Assess(new DateOnly(2026, 12, 21), steps: [.. Plan.Steps.Select(s => Step(s.Step.Id.ToString(), s.Window.Latest, done: false))]);

        Assert.Equal(["1.1", "1.2", "1.3", "5.1", "5.2"], progress.Steps.Where(s => s.Judged == StepJudgement.Round).Select(s => s.Step.Id.ToString()));
        Assert.Equal(5, progress.Totals.RoundSteps);
        Assert.DoesNotContain(progress.Late, i => i.Kind == LateKind.RoundStep && i.Step.ToString().StartsWith('2'));
        Assert.DoesNotContain(progress.Late, i => i.Step.ToString() is "5.3" or "3.1" or "2.3");

        // No conversation: the per-conversation steps have nothing to be late with.
        Assert.All(progress.Steps.Where(s => s.Judged == StepJudgement.PerConversation), s => Assert.Equal(0, s.Late));
    }

    [Fact]
    public void Assess_ConversationNotHeldByItsDeadline_NamesTheHolder_ThePair_AndWhatIsLate()
    {
        // Emma's conversation is due Monday 23 November; on Wednesday 25 it is two business days late, and the
        // invitation (5 business days before it: Monday 16) seven.
        var progress = Assess(new DateOnly(2026, 11, 25), conversations: [Conversation(Emma, "emma@stinn.example")]);

        Assert.Equal(["2.1 7", "2.2 2"], progress.Late.Select(i => $"{i.Step} {i.BusinessDaysLate}"));
        Assert.All(progress.Late, i =>
        {
            Assert.Equal(LateKind.ConversationStep, i.Kind);
            Assert.Equal(["sofie@stinn.example"], i.Responsible.Select(p => p.Upn));
            Assert.Equal(("3.2", "Sofie Bakken", "Emma Solberg", "AU"), (i.Conversation!.Step.ToString(), i.Conversation.Holder.Name, i.Conversation.Partner.Name, i.Conversation.PartnerRole));
        });
        Assert.Equal((1, 0, 1), (progress.Totals.Conversations, progress.Totals.Held, progress.Totals.ConversationsLate));
        Assert.Equal((StepState.Late, 1, 0, 1), Counts(progress, "3.2"));
        Assert.Equal((StepState.Late, 1, 0, 1), Counts(progress, "2.2"));
    }

    [Fact]
    public void Assess_PartnerWhoHasNotConfirmed_IsTheOneBehind()
    {
        // Held Wednesday 18, sent Thursday 19 → the partner confirms by Friday 20; Monday 23 is one business day late.
        var sent = Conversation(Emma, "emma@stinn.example", held: new DateOnly(2026, 11, 18)) with
        {
            Scheduled = true, Stage = FormStage.SentToPartner, SentOn = new DateOnly(2026, 11, 19),
        };

        var progress = Assess(new DateOnly(2026, 11, 23), conversations: [sent]);

        var late = Assert.Single(progress.Late);
        Assert.Equal(("2.5", 1, new DateOnly(2026, 11, 20)), (late.Step.ToString(), late.BusinessDaysLate, late.Deadline));
        Assert.Equal(["emma@stinn.example"], late.Responsible.Select(p => p.Upn));
        Assert.Equal((StepState.Done, 1, 1, 0), Counts(progress, "3.2"));
    }

    [Fact]
    public void Assess_StepAfterTheConversation_CountsFromTheDayItWasHeld()
    {
        // Held Wednesday 18 November, ahead of its deadline: the form is due 0–1 business day after, Thursday 19.
        var held = Conversation(Emma, "emma@stinn.example", held: new DateOnly(2026, 11, 18)) with { Scheduled = true };

        var late = Assert.Single(Assess(new DateOnly(2026, 11, 23), conversations: [held]).Late);

        Assert.Equal(("2.4", new DateOnly(2026, 11, 19), 2), (late.Step.ToString(), late.Deadline, late.BusinessDaysLate));
    }

    [Fact]
    public void Assess_StepAfterOneNotDone_IsNotLate_HoweverLongAfter()
    {
        var notHeld = Conversation(Emma, "emma@stinn.example") with { Scheduled = true };

        var progress = Assess(new DateOnly(2027, 1, 15), conversations: [notHeld]);

        Assert.Equal(["2.2"], progress.Late.Select(i => i.Step.ToString()));
    }

    [Fact]
    public void Assess_MeasurePastItsDeadline_IsTheHoldersLateMeasure()
    {
        var held = Conversation(Jonas, "jonas@stinn.example", held: new DateOnly(2026, 11, 16)) with { Scheduled = true, Stage = FormStage.Archived, Confirmed = true };
        MeasureFacts[] measures =
        [
            new($"{Jonas}/tiltak-7", Jonas, new DateOnly(2026, 12, 23), false, Link),
            new($"{Jonas}/tiltak-8", Jonas, new DateOnly(2026, 12, 23), true, Link),
            new($"{Jonas}/tiltak-9", Jonas, null, false, Link),
        ];

        var progress = Assess(new DateOnly(2026, 12, 28), conversations: [held], measures: measures);

        var late = Assert.Single(progress.Late);
        Assert.Equal((LateKind.Measure, "2.7", 2), (late.Kind, late.Step.ToString(), late.BusinessDaysLate));
        Assert.Equal(["sofie@stinn.example"], late.Responsible.Select(p => p.Upn));
        Assert.Equal((StepState.Late, 2, 1, 1), Counts(progress, "2.7"));
    }

    [Fact]
    public void Assess_DeadlineOnAFridayJudgedOnSaturday_IsLateByZeroBusinessDays()
    {
        var sent = Conversation(Emma, "emma@stinn.example", held: new DateOnly(2026, 11, 18)) with
        {
            Scheduled = true, Stage = FormStage.SentToPartner, SentOn = new DateOnly(2026, 11, 19),
        };

        var late = Assert.Single(Assess(new DateOnly(2026, 11, 21), conversations: [sent]).Late);

        Assert.Equal(("2.5", new DateOnly(2026, 11, 20), 0), (late.Step.ToString(), late.Deadline, late.BusinessDaysLate));
    }

    [Fact]
    public void Assess_DeadlinesPeopleCanEdit_AreNotBelieved_TheDesignDecides()
    {
        // L-OU may edit 1.1's item (to mark it done) and the holder the conversation's: a deadline moved there hides nothing.
        var conversation = Conversation(Emma, "emma@stinn.example") with { Deadline = new DateOnly(2027, 6, 30) };

        var progress = Assess(new DateOnly(2026, 11, 25), steps: [Step("1.1", new DateOnly(2026, 12, 31), done: false)], conversations: [conversation]);

        Assert.Contains(progress.Late, i => i.Step.ToString() == "1.1" && i.Deadline == new DateOnly(2026, 10, 26));
        Assert.Contains(progress.Late, i => i.Step.ToString() == "2.2" && i.Deadline == new DateOnly(2026, 11, 23));
    }

    [Fact]
    public void Assess_DeadlineToday_IsNotLateYet_AndTheStepIsOpen()
    {
        var progress = Assess(new DateOnly(2026, 10, 26), steps: [Step("1.1", null, done: false)]);

        Assert.Empty(progress.Late);
        Assert.Equal(StepState.Open, Find(progress, "1.1").State);
    }

    [Fact]
    public void Assess_RoleNobodyHolds_LeavesTheLateStepWithNobody_AndGroupsItUnderTheRole()
    {
        var roster = Roster with { People = [.. Roster.People.Where(p => !p.Roles.Any(r => r.Role == "OrgKons"))] };

        var progress = ProgressAssessor.Assess(new ProgressRequest(Facts([.. RoundStepsDone.Where(s => s.Step.ToString() != "1.3")], [], []), Plan, roster, new DateOnly(2026, 11, 12)));

        var late = Assert.Single(progress.Late);
        Assert.Empty(late.Responsible);
        Assert.Equal("Ingen har rollen OrgKons", Assert.Single(progress.Groups(LateGrouping.Holder)).Title);
    }

    [Fact]
    public void Groups_PerHolder_PutARoundStepUnderEachHolderOfItsRole_MostLateFirst()
    {
        var progress = Assess(
            new DateOnly(2026, 11, 25),
            steps: [.. RoundStepsDone.Where(s => s.Step.ToString() != "1.3")],
            conversations: [Conversation(Emma, "emma@stinn.example")]);

        var groups = progress.Groups(LateGrouping.Holder);

        Assert.Equal(
            ["Sofie Bakken (sofie@stinn.example) 2", "Henrik Strand (henrik@stinn.example) 1", "Nora Dahl (nora@stinn.example) 1"],
            groups.Select(g => $"{g.Title} {g.Items.Count}"));
        Assert.Equal("sofie@stinn.example", groups[0].Person!.Upn);
    }

    [Fact]
    public void Groups_PerStepAndPerUnit_FollowTheRoutineAndPutWhatHasNoCampusLast()
    {
        var progress = Assess(
            new DateOnly(2026, 11, 25),
            steps: [.. RoundStepsDone.Where(s => s.Step.ToString() != "1.1")],
            conversations: [Conversation(Emma, "emma@stinn.example"), Conversation(Ella, "ella@stinn.example")]);

        Assert.Equal(["1.1 Innkalling til planleggingsmøte sendes ut", "2.1 Innkalling til medarbeidersamtale", "2.2 Medarbeidersamtale"],
            progress.Groups(LateGrouping.Step).Select(g => g.Title));
        Assert.Equal(["Trondheim 2", "Uten studiested 3"], progress.Groups(LateGrouping.Unit).Select(g => $"{g.Title} {g.Items.Count}"));
    }

    [Fact]
    public void Assess_FormsPerStage_AreTheRegistersAcceptedStages()
    {
        var archived = Conversation(Jonas, "jonas@stinn.example", held: new DateOnly(2026, 11, 16)) with { Stage = FormStage.Archived };

        var progress = Assess(new DateOnly(2026, 11, 25), conversations: [archived, Conversation(Emma, "emma@stinn.example")]);

        Assert.Equal(1, progress.Totals.Forms[FormStage.Archived]);
        Assert.Equal(1, progress.Totals.Forms[FormStage.InProgress]);
        Assert.Equal(0, progress.Totals.Forms[FormStage.SentToPartner]);
    }

    [Fact]
    public void JudgementOf_EveryStepOfTheShippedRoutines_IsJudgedOneWay()
    {
        static string Judged(Routine routine, StepJudgement judgement) =>
            string.Join(" ", routine.Phases.SelectMany(p => p.Steps.Select(s => (s, p))).Where(x => ProgressAssessor.JudgementOf(x.s, x.p) == judgement).Select(x => x.s.Id));

        Assert.Equal("1.1 1.2 1.3 5.1 5.2", Judged(Templates.Stinn, StepJudgement.Round));
        Assert.Equal("2.1 2.2 2.4 2.5 2.6 2.7", Judged(Templates.Stinn, StepJudgement.PerConversation));
        Assert.Equal("3.1 3.2 3.3 3.4 3.5 3.6 3.7 3.8 3.9 3.10 4.1 4.2 4.3 4.4", Judged(Templates.Stinn, StepJudgement.Conversations));
        Assert.Equal("2.3 5.3", Judged(Templates.Stinn, StepJudgement.NotJudged));
        Assert.Equal("1.1", Judged(Templates.Ntnu, StepJudgement.Round));
        Assert.Equal("3.1", Judged(Templates.Ntnu, StepJudgement.Conversations));
    }

    /// <summary>The report on <paramref name="today"/>; without <paramref name="steps"/>, every round step is marked done.</summary>
    internal static RoundProgress Assess(DateOnly today, StepFacts[]? steps = null, ConversationFacts[]? conversations = null, MeasureFacts[]? measures = null) =>
        ProgressAssessor.Assess(new ProgressRequest(Facts(steps ?? RoundStepsDone, conversations ?? [], measures ?? []), Plan, Roster, today));

    internal static StepFacts[] RoundStepsDone { get; } = [.. new[] { "1.1", "1.2", "1.3", "5.1", "5.2" }.Select(id => Step(id, null, done: true))];

    internal static RoundFacts Facts(StepFacts[] steps, ConversationFacts[] conversations, MeasureFacts[] measures) =>
        new("H2026", Templates.Stinn, steps, conversations, measures);

    internal static StepFacts Step(string id, DateOnly? deadline, bool done) => new(StepId.Parse(id), deadline, done, Link);

    /// <summary>A conversation with Sofie as holder, due Monday 23 November as the plan says 3.x conversations are.</summary>
    internal static ConversationFacts Conversation(string key, string partner, DateOnly? held = null) => new(
        key, key, "sofie@stinn.example", partner, new DateOnly(2026, 11, 23), held is not null, held, FormStage.InProgress, null, false, null, Link, Link);

    private static StepProgress Find(RoundProgress progress, string step) => progress.Steps.Single(s => s.Step.Id.ToString() == step);

    private static (StepState State, int Total, int Done, int Late) Counts(RoundProgress progress, string step)
    {
        var found = Find(progress, step);
        return (found.State, found.Total, found.Done, found.Late);
    }
}
