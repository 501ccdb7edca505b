using PnpSamtale.LocalTenant;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Mail;
using PnpSamtale.SharePoint.Tests.EndToEnd;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Conformance;

/// <summary>
/// Rules of mail that is delivered once: a draft carries its key in a single-value extended property; <c>send</c>
/// (with <c>Content-Length: 0</c>) moves it to Sent Items, where — with immutable ids — it keeps its id, perhaps only
/// after a while; a sent message cannot be sent again; Sent Items is searched by the key with the documented filter,
/// the value compared without regard to case, the name exactly, and the property comes back only when expanded.
/// </summary>
public sealed class MailConformanceTests
{
    private const string Sender = "samtaler@stinn.example";
    private const string Send = "POST /v1.0/users/{upn}/messages/{messageId}/send";

    [Fact]
    public async Task DraftThenSend_IsFoundInSentItemsByItsKeyUnderTheSameId_AndDeliveredOnce()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var mailbox = local.Get<MailboxClient>();
        var key = MailKey.For("H2026|varsel|1");

        var draft = await mailbox.CreateDraftAsync(Keyed(key), CancellationToken.None);
        var inDrafts = await mailbox.FindAsync(new MailLookup(Sender, key), MailFolderName.Drafts, CancellationToken.None);
        var outcome = await mailbox.SendDraftAsync(new DraftToSend(Sender, draft.Id), CancellationToken.None);
        var sent = await mailbox.FindAsync(new MailLookup(Sender, key), MailFolderName.SentItems, CancellationToken.None);
        var draftsAfter = await mailbox.FindAsync(new MailLookup(Sender, key), MailFolderName.Drafts, CancellationToken.None);

        Assert.Equal(draft.Id, Assert.Single(inDrafts).Id);
        Assert.Equal(MailSendOutcome.Sent, outcome);
        var copy = Assert.Single(sent);
        Assert.Equal((draft.Id, false), (copy.Id, copy.IsDraft));
        Assert.NotNull(copy.SentDateTime);
        Assert.Empty(draftsAfter);
        Assert.Equal("Påminnelse", Assert.Single(local.Tenant.GetOutbox()).Subject);
    }

    [Fact]
    public async Task SendingTwice_TheSecondFindsNoDraft_AndNothingGoesTwice()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var mailbox = local.Get<MailboxClient>();
        var draft = await mailbox.CreateDraftAsync(Keyed(MailKey.For("k")), CancellationToken.None);
        await mailbox.SendDraftAsync(new DraftToSend(Sender, draft.Id), CancellationToken.None);

        var again = await mailbox.SendDraftAsync(new DraftToSend(Sender, draft.Id), CancellationToken.None);

        Assert.Equal(MailSendOutcome.NoSuchDraft, again);
        Assert.Single(local.Tenant.GetOutbox());
    }

    [Fact]
    public async Task SendWhoseAnswerIsDroppedAfterCommit_IsNotResent_AndItsKeyIsFoundInSentItems()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var mailbox = local.Get<MailboxClient>();
        var key = MailKey.For("H2026|varsel|2");
        var draft = await mailbox.CreateDraftAsync(Keyed(key), CancellationToken.None);
        local.Tenant.AddFault(new EndpointFault(Send, EndpointFaultKind.DropResponseAfterCommit) { Times = 0 });

        var lost = await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() => mailbox.SendDraftAsync(new DraftToSend(Sender, draft.Id), CancellationToken.None));
        var sent = await mailbox.FindAsync(new MailLookup(Sender, key), MailFolderName.SentItems, CancellationToken.None);

        Assert.False(lost.Resent);
        Assert.Equal(1, Assert.Single(local.Tenant.GetFaults()).Matched);
        Assert.Equal(draft.Id, Assert.Single(sent).Id);
        Assert.Single(local.Tenant.GetOutbox());
    }

    [Fact]
    public async Task SentCopyAppearingLate_IsInNeitherFolderMeanwhile_ThenInSentItems()
    {
        var clock = new SteppedClock(ManualTimeProvider.Start);
        await using var local = await LocalTenantFixture.StartAsync(configure: o =>
        {
            o.TimeProvider = clock;
            o.SentItemsDelay = TimeSpan.FromMinutes(2);
        });
        var mailbox = local.Get<MailboxClient>();
        var lookup = new MailLookup(Sender, MailKey.For("k"));
        var draft = await mailbox.CreateDraftAsync(Keyed(lookup.Key), CancellationToken.None);
        await mailbox.SendDraftAsync(new DraftToSend(Sender, draft.Id), CancellationToken.None);

        var sentSoon = await mailbox.FindAsync(lookup, MailFolderName.SentItems, CancellationToken.None);
        var draftsSoon = await mailbox.FindAsync(lookup, MailFolderName.Drafts, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(2));
        var sentLater = await mailbox.FindAsync(lookup, MailFolderName.SentItems, CancellationToken.None);

        Assert.Empty(sentSoon);
        Assert.Empty(draftsSoon);
        Assert.Single(sentLater);
    }

    [Fact]
    public async Task KeyValue_MatchesWithoutRegardToCase_ButTheNameExactly()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var mailbox = local.Get<MailboxClient>();
        var key = new MailKey(MailKey.ProductNamespace, "NoticeKey", "H2026|Kari");
        await mailbox.SendDraftAsync(new DraftToSend(Sender, (await mailbox.CreateDraftAsync(Keyed(key), CancellationToken.None)).Id), CancellationToken.None);

        var otherCase = await mailbox.FindAsync(new MailLookup(Sender, key with { Value = "h2026|kari" }), MailFolderName.SentItems, CancellationToken.None);
        var otherName = await mailbox.FindAsync(new MailLookup(Sender, key with { Name = "noticekey" }), MailFolderName.SentItems, CancellationToken.None);

        Assert.Single(otherCase);
        Assert.Empty(otherName);
    }

    [Fact]
    public async Task Batches_CreateSendAndFindTwentyOne_InTwoBatchesEach()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var mailbox = local.Get<MailboxClient>();
        var keys = Enumerable.Range(1, 21).Select(i => MailKey.For($"H2026|{i}")).ToList();

        var drafts = await mailbox.CreateDraftsAsync([.. keys.Select(Keyed)], CancellationToken.None);
        var sent = await mailbox.SendDraftsAsync([.. drafts.Select(d => new DraftToSend(Sender, d.GetValueOrThrow().Id))], CancellationToken.None);
        var again = await mailbox.SendDraftsAsync([new DraftToSend(Sender, drafts[0].Value!.Id)], CancellationToken.None);
        var found = await mailbox.FindAsync([.. keys.Select(k => new MailLookup(Sender, k))], MailFolderName.SentItems, CancellationToken.None);

        Assert.All(sent, s => Assert.Equal(MailSendOutcome.Sent, s.GetValueOrThrow()));
        Assert.Equal(MailSendOutcome.NoSuchDraft, Assert.Single(again).GetValueOrThrow());
        Assert.Equal(drafts.Select(d => d.Value!.Id), found.Select(f => Assert.Single(f.GetValueOrThrow()).Id));
        Assert.Equal(21, local.Tenant.GetOutbox().Count);
        Assert.Equal(2 + 2 + 1 + 2, local.Tenant.GetRequestCounts().For("POST /v1.0/$batch"));
    }

    [Fact]
    public async Task BatchOfSendsWhoseAnswerIsLost_IsNotResent_AndEveryKeyIsFoundOnce()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var mailbox = local.Get<MailboxClient>();
        var keys = Enumerable.Range(1, 3).Select(i => MailKey.For($"k{i}")).ToList();
        var drafts = await mailbox.CreateDraftsAsync([.. keys.Select(Keyed)], CancellationToken.None);
        local.Tenant.AddFault(new EndpointFault(EndpointFault.BatchPrefix + Send, EndpointFaultKind.DropResponseAfterCommit));

        await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() =>
            mailbox.SendDraftsAsync([.. drafts.Select(d => new DraftToSend(Sender, d.Value!.Id))], CancellationToken.None));
        var found = await mailbox.FindAsync([.. keys.Select(k => new MailLookup(Sender, k))], MailFolderName.SentItems, CancellationToken.None);

        Assert.All(found, f => Assert.Single(f.GetValueOrThrow()));
        Assert.Equal(3, local.Tenant.GetOutbox().Count);
        Assert.Equal(3, local.Tenant.GetRequestCounts().For("batch:" + Send));
    }

    private static KeyedMail Keyed(MailKey key) =>
        new(new OutgoingMail(Sender, new MailMessage("Påminnelse", MailContentType.Text, "Frist i morgen", [new MailRecipient("kari@stinn.example")])), key);

    /// <summary>A clock for the local tenant that moves only when told.</summary>
    private sealed class SteppedClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
