using PnpSamtale.Core.Reminders;
using PnpSamtale.Core.Routines;
using PnpSamtale.Jobs.Reminders;

namespace PnpSamtale.Jobs.Tests.Reminders;

/// <summary>What a run does with a digest under way, decided from <c>Varsler</c> and the mailbox alone.</summary>
public sealed class DeliveryPlannerTests
{
    private const string Sofie = "sofie@stinn.example";
    private static readonly Uri Admin = new("https://stinn.sharepoint.com/sites/medarbeidersamtaler-admin");
    private static readonly DateOnly Monday = new(2026, 11, 16);
    private static readonly DateOnly Tuesday = new(2026, 11, 17);

    [Fact]
    public void Plan_YesterdaysDigestNeverHadAMail_IsReleasedAndWhatIsStillDueGoesInTodays()
    {
        var old = Digest(Monday, DigestStatus.Reserved, 10, Record(11, "a", Monday), Record(12, "b", Monday));
        var ledger = NoticeLedger.Of(old.Members, [old]);

        var plan = DeliveryPlanner.Plan(ledger, Evidence(old.Key, 0), [Notice("a")], Tuesday, KeyOf(Tuesday));

        var release = Assert.Single(plan.Actions, a => a.Step == DigestStep.Release);
        Assert.Equal((old.Key, 10), (release.Key, release.RecordId));
        Assert.Equal([11, 12], release.Release);
        var today = Assert.Single(plan.Actions, a => a.Step == DigestStep.Compose);
        Assert.Equal((Key(Tuesday), (int?)null), (today.Key, today.RecordId));
        Assert.Equal(["H2026/2.1/a"], today.ToClaim.Select(n => n.Key));
        Assert.Equal(NoticeStanding.Claimed, plan.Standing["H2026/2.1/a"]);
    }

    [Fact]
    public void Plan_DraftSentButNoCopyInSentItemsYet_NothingIsSentAndNoSecondDigestIsComposed()
    {
        var digest = Digest(Tuesday, DigestStatus.Drafted, 10, Record(11, "a", Tuesday));
        var ledger = NoticeLedger.Of(digest.Members, [digest]);

        var plan = DeliveryPlanner.Plan(ledger, Evidence(digest.Key, 0), [Notice("a"), Notice("late")], Tuesday, KeyOf(Tuesday));

        var action = Assert.Single(plan.Actions);
        Assert.Equal(DigestStep.AwaitSentItems, action.Step);
        Assert.Equal(NoticeStanding.Recorded, plan.Standing["H2026/2.1/a"]);
        Assert.Equal(NoticeStanding.Deferred, plan.Standing["H2026/2.1/late"]);
    }

    [Fact]
    public void Plan_CopyInSentItems_IsConfirmedNotSentAgain()
    {
        var digest = Digest(Tuesday, DigestStatus.Drafted, 10, Record(11, "a", Tuesday));
        var ledger = NoticeLedger.Of(digest.Members, [digest]);

        var plan = DeliveryPlanner.Plan(ledger, Evidence(digest.Key, 1), [Notice("a")], Tuesday, KeyOf(Tuesday));

        var action = Assert.Single(plan.Actions);
        Assert.Equal((DigestStep.Confirm, 1, 10), (action.Step, action.SentCopies, action.RecordId));
    }

    [Fact]
    public void Plan_DraftStillInDrafts_ThatDraftIsSentAndNoOtherIsMade()
    {
        var digest = Digest(Tuesday, DigestStatus.Drafted, 10, Record(11, "a", Tuesday));
        var ledger = NoticeLedger.Of(digest.Members, [digest]);
        var evidence = new Dictionary<DigestKey, MailEvidence> { [digest.Key] = new(0, ["draft-1"]) };

        var plan = DeliveryPlanner.Plan(ledger, evidence, [Notice("a")], Tuesday, KeyOf(Tuesday));

        var action = Assert.Single(plan.Actions);
        Assert.Equal((DigestStep.SendDraft, "draft-1"), (action.Step, action.DraftId));
        Assert.Equal(["H2026/2.1/a"], action.Carried.Select(n => n.Key));
    }

    [Fact]
    public void Plan_TodaysDigestReservedWithoutMail_IsComposedAgainWithWhatIsStillDue_StaleClaimsReleased()
    {
        var digest = Digest(Tuesday, DigestStatus.Reserved, 10, Record(11, "a", Tuesday), Record(12, "gone", Tuesday));
        var ledger = NoticeLedger.Of(digest.Members, [digest]);

        var plan = DeliveryPlanner.Plan(ledger, Evidence(digest.Key, 0), [Notice("a"), Notice("new")], Tuesday, KeyOf(Tuesday));

        var action = Assert.Single(plan.Actions);
        Assert.Equal((DigestStep.Compose, 10), (action.Step, action.RecordId));
        Assert.Equal(["H2026/2.1/a"], action.Carried.Select(n => n.Key));
        Assert.Equal(["H2026/2.1/new"], action.ToClaim.Select(n => n.Key));
        Assert.Equal([12], action.Release);
    }

    [Fact]
    public void Plan_NoEvidence_LeavesTheDigestUnderWayAsItIs()
    {
        var digest = Digest(Tuesday, DigestStatus.Reserved, 10, Record(11, "a", Tuesday));
        var ledger = NoticeLedger.Of(digest.Members, [digest]);

        var plan = DeliveryPlanner.Plan(ledger, null, [Notice("a"), Notice("new")], Tuesday, KeyOf(Tuesday));

        Assert.Empty(plan.Actions);
        Assert.Equal(NoticeStanding.Deferred, plan.Standing["H2026/2.1/new"]);
    }

    private static DigestKey Key(DateOnly day) => DigestKey.For(Admin, Sofie, day);

    private static Func<string, DigestKey> KeyOf(DateOnly day) => upn => DigestKey.For(Admin, upn, day);

    private static Dictionary<DigestKey, MailEvidence> Evidence(DigestKey key, int copies) => new() { [key] = new MailEvidence(copies, []) };

    private static NoticeRecord Record(int id, string name, DateOnly day) => new(id, $"H2026/2.1/{name}", Key(day), Sofie, day);

    private static UnfinishedDigest Digest(DateOnly day, DigestStatus status, int id, params NoticeRecord[] members) => new(id, Key(day), Sofie, day, status, members);

    private static ReminderNotice Notice(string name) =>
        new($"H2026/2.1/{name}", "H2026", Sofie, NoticeKind.Reminder, DueState.DueToday, StepId.Parse("2.1"), "Innkalling", name, Tuesday, 0, new Uri("https://stinn.sharepoint.com/x"));
}
