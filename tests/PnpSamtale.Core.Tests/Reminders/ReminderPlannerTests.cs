using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Reminders;
using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private static readonly Uri Link = new("https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_layouts/15/listform.aspx?PageType=6&ID=1");

    [Theory]
    [InlineData(2026, 11, 4, null)] // three business days before: outside the lead time (2)
    [InlineData(2026, 11, 5, DueState.Upcoming)]
    [InlineData(2026, 11, 9, DueState.DueToday)]
    [InlineData(2026, 11, 10, DueState.Overdue)]
    public void RoundStep_NoticeByDistanceToTheDeadline(int year, int month, int day, DueState? expected)
    {
        var facts = Round(steps: [new StepFacts(StepId.Parse("1.2"), new DateOnly(2026, 11, 9), false, Link)]);

        var notices = ReminderPlanner.Plan(facts, Holders, new DateOnly(year, month, day));

        Assert.Equal(expected, notices.SingleOrDefault()?.State);
        Assert.All(notices, n => Assert.Equal("kari@stinn.example", n.RecipientUpn));
    }

    [Fact]
    public void PartnerConfirmationOverdue_ChasesThePartner_CopiesTheHolder_AndEscalatesAfterThreeBusinessDays()
    {
        // Sent Thursday 19 November → 2.5 due Friday 20; Monday 23 is one business day late, Wednesday 25 three.
        var conversation = Conversation(held: new DateOnly(2026, 11, 18), stage: FormStage.SentToPartner, sentOn: new DateOnly(2026, 11, 19));

        var monday = ReminderPlanner.Plan(Round(conversations: [conversation]), Holders, new DateOnly(2026, 11, 23));
        var wednesday = ReminderPlanner.Plan(Round(conversations: [conversation]), Holders, new DateOnly(2026, 11, 25));

        Assert.Equal(
            [("emma@stinn.example", NoticeKind.Chase), ("sofie@stinn.example", NoticeKind.ChaseCopy)],
            monday.Select(n => (n.RecipientUpn, n.Kind)).Order());
        Assert.Contains(wednesday, n => n is { Kind: NoticeKind.Escalation, RecipientUpn: "kari@stinn.example", DaysOverdue: 3 });
        Assert.All(monday.Concat(wednesday), n => Assert.Equal(StepId.Parse("2.5"), n.Step));
    }

    [Fact]
    public void StepsAfterTheConversation_OpenOnlyOnceTheStepBeforeIsDone()
    {
        var notHeld = Conversation(held: null, stage: FormStage.InProgress, sentOn: null) with { Scheduled = true };

        var notices = ReminderPlanner.Plan(Round(conversations: [notHeld]), Holders, new DateOnly(2026, 11, 30));

        Assert.Equal(["2.2"], notices.Where(n => n.Kind == NoticeKind.Reminder).Select(n => n.Step.ToString()).Distinct());
    }

    [Fact]
    public void Weekend_NoNotices()
    {
        var facts = Round(steps: [new StepFacts(StepId.Parse("1.2"), new DateOnly(2026, 11, 9), false, Link)]);

        Assert.Empty(ReminderPlanner.Plan(facts, Holders, new DateOnly(2026, 11, 7)));
    }

    [Fact]
    public void EscalationRole_ResponsibleItself_GetsNoEscalationOfItsOwnStep()
    {
        var facts = Round(steps: [new StepFacts(StepId.Parse("1.2"), new DateOnly(2026, 11, 9), false, Link)]);

        var notices = ReminderPlanner.Plan(facts, Holders, new DateOnly(2026, 11, 20));

        Assert.DoesNotContain(notices, n => n.Kind == NoticeKind.Escalation);
    }

    [Fact]
    public void Keys_SameDeadline_AreTheSameEveryDay_SoANoticeIsSentOnce()
    {
        // Overdue on Tuesday and still overdue on Wednesday: the same milestone, the same key.
        var facts = Round(steps: [new StepFacts(StepId.Parse("1.2"), new DateOnly(2026, 11, 9), false, Link)]);

        var tuesday = ReminderPlanner.Plan(facts, Holders, new DateOnly(2026, 11, 10)).Single();
        var wednesday = ReminderPlanner.Plan(facts, Holders, new DateOnly(2026, 11, 11)).Single();

        Assert.Equal(tuesday.Key, wednesday.Key);
        Assert.Equal("H2026/1.2/forfalt/2026-11-09/kari@stinn.example", tuesday.Key);
    }

    [Fact]
    public void Keys_MovedDeadline_MakeTheReminderAndTheEscalationNew()
    {
        // Emma's confirmation, overdue long enough to escalate; then the form is sent again later (a new deadline).
        var first = Conversation(held: new DateOnly(2026, 11, 18), stage: FormStage.SentToPartner, sentOn: new DateOnly(2026, 11, 19));
        var moved = first with { SentOn = new DateOnly(2026, 11, 26) };

        var before = ReminderPlanner.Plan(Round(conversations: [first]), Holders, new DateOnly(2026, 12, 2));
        var after = ReminderPlanner.Plan(Round(conversations: [moved]), Holders, new DateOnly(2026, 12, 2));

        Assert.Equal(before.Select(n => (n.Kind, n.RecipientUpn)).Order(), after.Select(n => (n.Kind, n.RecipientUpn)).Order());
        Assert.Contains(after, n => n.Kind == NoticeKind.Escalation);
        Assert.Empty(before.Select(n => n.Key).Intersect(after.Select(n => n.Key), StringComparer.Ordinal));
        Assert.All(after, n => Assert.Contains("/2026-11-27/", n.Key, StringComparison.Ordinal));
    }

    [Fact]
    public void Keys_DeadlineOnAWeekend_AreThoseOfTheBusinessDayItRollsTo()
    {
        var saturday = Round(steps: [new StepFacts(StepId.Parse("1.2"), new DateOnly(2026, 11, 7), false, Link)]);
        var monday = Round(steps: [new StepFacts(StepId.Parse("1.2"), new DateOnly(2026, 11, 9), false, Link)]);

        Assert.Equal(
            ReminderPlanner.Plan(monday, Holders, new DateOnly(2026, 11, 9)).Single().Key,
            ReminderPlanner.Plan(saturday, Holders, new DateOnly(2026, 11, 9)).Single().Key);
    }

    [Fact]
    public void Keys_NameTheItemOnlyOpaquely()
    {
        var conversation = Conversation(held: new DateOnly(2026, 11, 18), stage: FormStage.SentToPartner, sentOn: new DateOnly(2026, 11, 19));

        var notices = ReminderPlanner.Plan(Round(conversations: [conversation]), Holders, new DateOnly(2026, 11, 25));

        Assert.All(notices, n => Assert.DoesNotContain(conversation.Key, n.Key, StringComparison.Ordinal));
        Assert.All(notices, n => Assert.Matches(@"^H2026/2\.5/[0-9a-f]{16}/(forfalt|purring-kopi|eskalert)/2026-11-20/[a-z]+@stinn\.example$", n.Key));
    }

    private static IReadOnlyList<string> Holders(string role) => role == "L-OU" ? ["kari@stinn.example"] : [];

    private static ConversationFacts Conversation(DateOnly? held, FormStage stage, DateOnly? sentOn) => new(
        "H2026/3.2/sofie@stinn.example/emma@stinn.example", "3.2 Sofie Bakken – Emma Solberg", "sofie@stinn.example", "emma@stinn.example",
        new DateOnly(2026, 11, 23), held is not null, held, stage, sentOn, false, null, Link, Link);

    private static RoundFacts Round(IReadOnlyList<StepFacts>? steps = null, IReadOnlyList<ConversationFacts>? conversations = null) =>
        new("H2026", Templates.Stinn, steps ?? [], conversations ?? [], []);
}
