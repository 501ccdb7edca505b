using PnpSamtale.Core.Conversations;
using PnpSamtale.Jobs.Reminders;
using PnpSamtale.Jobs.Shredding;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Files;
using PnpSamtale.SharePoint.Items;
using static PnpSamtale.Jobs.Tests.Trust.TrustRound;
using static PnpSamtale.Jobs.Tests.Trust.TrustSteps;

namespace PnpSamtale.Jobs.Tests.Trust;

/// <summary>
/// The attacks of the second trust review, each tried as the person who would try it: predictable names and keys
/// squatted, sites created first, holds typed loosely, stages skipped, versions deleted, roles taken over in
/// <c>Verv</c>. Each summary tells the attack as it first worked; the test says what the product now withstands.
/// </summary>
public sealed class SecondReviewAttackTests
{
    /// <summary>
    /// Sofie (holder) archives Lars's form while it is still in progress: neither sent, nor confirmed, nor classified by
    /// Lars. "Arkivert" is the holder's step (2.6), so the change is accepted, and with it the default classification:
    /// Lars can no longer classify it "Strengt konfidensielt" (he only reads an archived form), and OrgKons reads it.
    /// </summary>
    [Fact]
    public async Task A_holder_cannot_archive_a_form_the_partner_has_not_confirmed()
    {
        await using var fixture = await StartAsync();
        var lars = await fixture.ConversationAsync(LarsKey);
        using (var sofie = fixture.As(Sofie))
        {
            Assert.True(await sofie.UpdateAsync(Forms(fixture), lars.Form!.Id, FormsList.Status.Value("Arkivert")));
        }

        await fixture.ReconcileAsync();

        using (var per = fixture.As(Per))
        {
            Assert.False(await per.CanReadAsync(Forms(fixture), lars.Form.Id), "OrgKons reads a form its partner never confirmed nor classified");
        }

        using (var larsPerson = fixture.As(Lars))
        {
            Assert.True(await larsPerson.UpdateAsync(Forms(fixture), lars.Form.Id, FormsList.Classification.Value("Strengt konfidensielt")),
                "the partner can no longer choose the classification the routine gives him (2.5)");
        }
    }

    /// <summary>
    /// Lars confirms the form Sofie sent (2.5). Sofie then sets it back to "Under arbeid" (hers to do), rewrites it and
    /// archives it: the register still says confirmed, on the old day — a confirmation of text Lars never saw.
    /// </summary>
    [Fact]
    public async Task Reopening_a_confirmed_form_withdraws_the_confirmation()
    {
        await using var fixture = await StartAsync();
        var lars = await fixture.ConversationAsync(LarsKey);
        using (var sofie = fixture.As(Sofie))
        {
            Assert.True(await sofie.UpdateAsync(Forms(fixture), lars.Form!.Id, FormsList.Status.Value("Sendt til partner")));
        }

        using (var larsPerson = fixture.As(Lars))
        {
            Assert.True(await larsPerson.UpdateAsync(Forms(fixture), lars.Form.Id, FormsList.Status.Value("Bekreftet"), FormsList.Confirmed.Value(true)));
        }

        await fixture.ReconcileAsync();
        Assert.True((await fixture.ConversationAsync(LarsKey)).Accepted.Confirmed);

        using (var sofie = fixture.As(Sofie))
        {
            Assert.True(await sofie.UpdateAsync(Forms(fixture), lars.Form.Id, FormsList.Status.Value("Under arbeid")));
        }

        await fixture.ReconcileAsync();
        var reopened = await fixture.ConversationAsync(LarsKey);
        Assert.Equal(Core.Policies.FormStage.InProgress, reopened.Accepted.Stage);
        Assert.False(reopened.Accepted.Confirmed, "a form the holder re-opened after the partner confirmed it is still recorded as confirmed");
    }

    /// <summary>
    /// The reminder job reads a conversation's deadline (<c>Frist</c>, a design column) from the item the holder edits,
    /// not from the design or the register. Right before the 07:00 run (reconcile puts it back only at its next run),
    /// Sofie moves Lars's deadline a year ahead: the overdue reminders and the escalation to the OU about Lars's
    /// conversation vanish; moving Emma's into the past sends the OU escalations about a conversation that is not late.
    /// </summary>
    [Fact]
    public async Task Moving_a_conversation_deadline_does_not_change_the_reminders()
    {
        await using var fixture = await StartAsync();
        var lars = await fixture.ConversationAsync(LarsKey);
        var emma = await fixture.ConversationAsync(EmmaKey);
        var job = fixture.Get<DeadlineReminders>();
        var morning = fixture.Clock.At(new DateOnly(2026, 11, 26), 7);
        async Task<string[]> NoticesAsync(string key)
        {
            var run = await job.RunAsync(new ReminderRequest(fixture.Scope, morning, JobsFixture.SiteOwner) { DryRun = true }, null, CancellationToken.None);
            return [.. run.Digests.SelectMany(d => d.Notices).Where(n => n.Key.Contains(OpaqueKey.Of(key), StringComparison.Ordinal)).Select(n => n.Key).Order(StringComparer.Ordinal)];
        }

        var larsBefore = await NoticesAsync(LarsKey);
        var emmaBefore = await NoticesAsync(EmmaKey);
        Assert.Contains(larsBefore, k => k.Contains("/eskalert/", StringComparison.Ordinal) && k.EndsWith("/" + Kari, StringComparison.Ordinal));

        using (var sofie = fixture.As(Sofie))
        {
            Assert.True(await sofie.UpdateAsync(Conversations(fixture), lars.Conversation!.Id, ConversationsList.Deadline.Value(new DateOnly(2027, 11, 26))));
            Assert.True(await sofie.UpdateAsync(Conversations(fixture), emma.Conversation!.Id, ConversationsList.Deadline.Value(new DateOnly(2026, 10, 1))));
        }

        Assert.Equal(larsBefore, await NoticesAsync(LarsKey));
        Assert.Equal(emmaBefore, await NoticesAsync(EmmaKey));
    }

    /// <summary>
    /// Lars leaves AU mid-round (the OU removes his row in Verv) while his form is still being written. His conversation
    /// leaves the design, and an orphan is treated as archived: the custodians (OrgKons) are given read on a form that
    /// was never sent, confirmed, classified or archived — and on its measures.
    /// </summary>
    [Fact]
    public async Task A_conversation_leaving_the_design_mid_work_is_not_opened_to_the_custodians()
    {
        await using var fixture = await StartAsync();
        await fixture.AddMeasureAsync(Sofie, LarsKey, "Kurs");
        var lars = await fixture.ConversationAsync(LarsKey);
        await RemoveRowAsync(fixture, Lars + "/AU");

        await fixture.ReconcileAsync();

        Assert.False((await fixture.ConversationAsync(LarsKey)).InRound);
        using var per = fixture.As(Per);
        Assert.False(await per.CanReadAsync(Forms(fixture), lars.Form!.Id), "OrgKons reads an in-progress form once its conversation leaves the design");
        Assert.False(await per.CanReadAsync(Measures(fixture), lars.Measures.Single().Id), "OrgKons reads the measures of an in-progress conversation");
    }

    /// <summary>
    /// Lars's form is archived "Strengt konfidensielt": only Sofie and Lars may read it. Kari (the OU: owners "do not
    /// read forms") gives herself Sofie's NL-AU row in Verv for one reconcile: she is now the holder of Lars's
    /// conversation and reads his archived, strictly confidential form. (Putting Sofie back afterwards leaves no trace
    /// in the round site.)
    /// </summary>
    [Fact]
    public async Task The_OU_cannot_read_a_strictly_confidential_form_by_taking_the_holder_role_in_Verv()
    {
        await using var fixture = await StartAsync();
        var lars = await fixture.ConversationAsync(LarsKey);
        using (var larsPerson = fixture.As(Lars))
        {
            Assert.True(await larsPerson.UpdateAsync(Forms(fixture), lars.Form!.Id, FormsList.Classification.Value("Strengt konfidensielt")));
        }

        using (var sofie = fixture.As(Sofie))
        {
            Assert.True(await sofie.UpdateAsync(Forms(fixture), lars.Form.Id, FormsList.Status.Value("Sendt til partner")));
        }

        using (var larsPerson = fixture.As(Lars))
        {
            Assert.True(await larsPerson.UpdateAsync(Forms(fixture), lars.Form.Id, FormsList.Confirmed.Value(true)));
        }

        await fixture.ReconcileAsync();
        using (var sofie = fixture.As(Sofie))
        {
            Assert.True(await sofie.UpdateAsync(Forms(fixture), lars.Form.Id, FormsList.Status.Value("Arkivert")));
        }

        await fixture.ReconcileAsync();
        Assert.Equal(Core.Policies.FormStage.Archived, (await fixture.ConversationAsync(LarsKey)).Accepted.Stage);

        await HandRoleAsync(fixture, Sofie + "/NL-AU", Kari, "Kari Nordmann", "NL-AU");
        await fixture.ReconcileAsync();

        using var kari = fixture.As(Kari);
        Assert.False(await kari.CanReadAsync(Forms(fixture), lars.Form.Id), "the OU reads an archived, strictly confidential form by naming itself holder in Verv");
    }

    /// <summary>
    /// Conversation keys are predictable (<c>{term}/{step}/{partner}</c>) and unique in <c>Samtaler</c>. Ella writes the
    /// key of a conversation that does not exist yet — Ida's, who the OU has announced will join AU — on her own
    /// conversation's item. When Ida joins, the reconcile adds Ida's item before it puts Ella's key back: the add is
    /// refused as a duplicate, Ida's conversation is not registered, nobody gets access, and the run fails. Ella can
    /// repeat it after every run.
    /// </summary>
    [Fact]
    public async Task Squatting_a_future_conversation_key_does_not_fail_the_reconcile()
    {
        await using var fixture = await StartAsync();
        var mia = await fixture.ConversationAsync(MiaKey);
        using (var ella = fixture.As(Ella))
        {
            Assert.True(await ella.UpdateAsync(Conversations(fixture), mia.Conversation!.Id, ConversationsList.Key.Value(IdaKey)));
        }

        await AddIdaAsync(fixture);
        var failures = await ReconcileFailuresAsync(fixture);

        Assert.Empty(failures);
        var ida = (await fixture.ContentAsync()).Registered.SingleOrDefault(r => r.Key == IdaKey);
        Assert.NotNull(ida);
        Assert.NotEqual(mia.Conversation.Id, ida.Conversation!.Id);
    }

    /// <summary>
    /// Form file names are predictable too (<c>skjema-{sha256(key)[..16]}.docx</c>). Ella renames the form of her
    /// conversation with Mia to the name Ida's form will have (SharePoint lets anyone who edits a file rename it). When
    /// Ida joins, the product uploads Ida's form with that name: Graph's upload replaces Mia's form's content, the
    /// runner learns the ids of all files by name, and Ida's register entry names Mia's form. Sofie and Ida are given
    /// Mia's form (and its versions); Ella and Mia keep it, and will read what Sofie and Ida write in it; when Mia's term
    /// ends, shredding her conversation destroys Ida's form.
    /// </summary>
    [Fact]
    public async Task Renaming_a_form_to_a_future_conversations_name_hands_nothing_over()
    {
        await using var fixture = await StartAsync();
        var mia = await fixture.ConversationAsync(MiaKey);
        var files = fixture.Get<FileClient>();
        var original = (await files.DownloadAsync(fixture.RoundSite, mia.Form!.GetString("FileRef")!, CancellationToken.None)).ToArray();
        await RenameAsync(fixture, Forms(fixture), mia.Form.Id, RoundDesigner.FormFileName(IdaKey), Ella);

        await AddIdaAsync(fixture);
        var failures = await ReconcileFailuresAsync(fixture);

        var content = await fixture.ContentAsync();
        var ida = content.Registered.Single(r => r.Key == IdaKey);
        var miaAfter = content.Registered.Single(r => r.Key == MiaKey);
        using (var idaPerson = fixture.As(Ida))
        {
            Assert.False(await idaPerson.CanReadAsync(Forms(fixture), mia.Form.Id), "Ida is given Mia's form");
        }

        Assert.NotEqual(miaAfter.Form!.Id, ida.Form!.Id);
        using (var ella = fixture.As(Ella))
        {
            Assert.False(await ella.CanReadAsync(Forms(fixture), ida.Form.Id), "Ella keeps access to Ida's form");
        }

        var now = (await files.DownloadAsync(fixture.RoundSite, miaAfter.Form.GetString("FileRef")!, CancellationToken.None)).ToArray();
        Assert.Equal(original, now);
        Assert.Empty(failures);
    }

    /// <summary>
    /// The same with a folder: Ella renames the (empty) measures folder of her conversation with Mia to the name Ida's
    /// folder will have. The reconcile cannot create Ida's folder ("already exists"), and without it Ida's conversation
    /// is never registered: no grants for Sofie and Ida, a failed reconcile every 15 minutes, for as long as Ella's
    /// folder keeps the name — the product never renames it back.
    /// </summary>
    [Fact]
    public async Task Renaming_a_measures_folder_to_a_future_conversations_name_does_not_lock_it_out()
    {
        await using var fixture = await StartAsync();
        var mia = await fixture.ConversationAsync(MiaKey);
        await RenameAsync(fixture, Measures(fixture), mia.Folder!.Id, RoundDesigner.FolderName(IdaKey), Ella);

        await AddIdaAsync(fixture);
        await ReconcileFailuresAsync(fixture);
        var failures = await ReconcileFailuresAsync(fixture);

        Assert.Empty(failures);
        var ida = (await fixture.ContentAsync()).Registered.SingleOrDefault(r => r.Key == IdaKey);
        Assert.NotNull(ida);
        using var sofie = fixture.As(Sofie);
        Assert.True(await sofie.CanReadAsync(Forms(fixture), ida.Form!.Id));
    }

    /// <summary>
    /// A legal hold stops only the shredding job. The OU holds Lars's conversation (a dispute); the pair keep the
    /// permissions they had — Contribute includes Delete Items — so Lars deletes the in-progress form for good (REST
    /// DELETE leaves no bin entry) and Sofie deletes the measures folder with its measures (she keeps Contribute on it even
    /// after the form is archived). The reconcile makes a blank form and an empty folder; the held record is gone.
    /// </summary>
    [Fact]
    public async Task Nothing_on_legal_hold_can_be_deleted_by_its_pair()
    {
        await using var fixture = await StartAsync();
        await fixture.AddMeasureAsync(Sofie, LarsKey, "Kurs");
        var lars = await fixture.ConversationAsync(LarsKey);
        await fixture.HoldAsync(LarsKey, "Tvist");
        await fixture.ReconcileAsync();

        bool formDeleted, folderDeleted;
        using (var larsPerson = fixture.As(Lars))
        {
            formDeleted = await larsPerson.DeleteAsync(Forms(fixture), lars.Form!.Id);
        }

        using (var sofie = fixture.As(Sofie))
        {
            folderDeleted = await sofie.DeleteAsync(Measures(fixture), lars.Folder!.Id);
        }

        Assert.False(formDeleted || folderDeleted, $"held form deleted by the partner: {formDeleted}; held measures folder deleted by the holder: {folderDeleted}");
    }

    /// <summary>
    /// Round site URLs are predictable (<c>medarbeidersamtaler-{term}</c>), and in SharePoint Online any employee may
    /// create a site at an address of their choosing (self-service site creation is on by default). Mallory creates the
    /// V2027 site before the OU starts the round; <c>round start</c> adopts the existing site as if it were its own and
    /// puts every form of the round in it. Mallory is its site collection administrator, which no list or item
    /// permission the product sets can keep out.
    /// </summary>
    [Fact]
    public async Task A_round_site_someone_else_created_first_is_not_adopted()
    {
        await using var fixture = await StartAsync();
        var url = RoundDesigner.RoundSiteUrl(fixture.Blueprint, fixture.Tenant.BaseUri, "V2027");
        await fixture.Get<SharePoint.Sites.SiteClient>().CreateSiteAsync(new SharePoint.Sites.SiteCreation("Medarbeidersamtaler V2027", url, JobsFixture.Outsider), CancellationToken.None);

        var start = await fixture.Get<Rounds.RoundStarter>().StartAsync(
            new Rounds.RoundStartRequest(fixture.Scope, fixture.Routine, fixture.Forms, Core.Terms.Term.Parse("V2027"), JobsFixture.SiteOwner)
            {
                SetDates = new Dictionary<Core.Routines.StepId, DateOnly> { [Core.Routines.StepId.Parse("1.2")] = new DateOnly(2027, 3, 1) },
            },
            null,
            CancellationToken.None);

        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Local-Act-As", JobsFixture.Outsider);
        http.DefaultRequestHeaders.Add("Accept", "application/json;odata=nometadata");
        var answer = await http.GetAsync(new Uri(url.AbsoluteUri.TrimEnd('/') + $"/_api/web/lists/getbytitle('{Forms(fixture)}')/items?$select=Id"));
        var forms = answer.IsSuccessStatusCode
            ? System.Text.Json.JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("value").GetArrayLength()
            : 0;
        Assert.True(forms == 0, $"the outsider who created the site first reads {forms} forms of the round (start problems: {start.Problems.Count}, failures: {start.Failures.Count})");
    }

    /// <summary>
    /// Who set a value is judged from the form's versions, and Contribute includes deleting versions. Lars classifies
    /// his form "Strengt konfidensielt"; before the next reconcile Sofie saves the form unchanged (a version of hers
    /// that holds his value) and deletes his version. The versions now say Sofie set the classification, so it is put
    /// back to "Konfidensielt" and logged as her tampering — every time Lars tries, until she archives it and OrgKons
    /// reads it. (Lars can veto Sofie's "Sendt til partner" and "Arkivert" the same way.)
    /// </summary>
    [Fact]
    public async Task Deleting_a_version_does_not_let_the_holder_overrule_the_partners_classification()
    {
        await using var fixture = await StartAsync();
        var lars = await fixture.ConversationAsync(LarsKey);
        using (var larsPerson = fixture.As(Lars))
        {
            Assert.True(await larsPerson.UpdateAsync(Forms(fixture), lars.Form!.Id, FormsList.Classification.Value("Strengt konfidensielt")));
        }

        using (var sofie = fixture.As(Sofie))
        {
            Assert.True(await sofie.UpdateAsync(Forms(fixture), lars.Form.Id, FormsList.Status.Value("Under arbeid")));
        }

        using (var sofie = fixture.As(Sofie))
        {
            var versions = await fixture.Get<ItemClient>().GetVersionsAsync(fixture.RoundSite, await fixture.ListIdAsync(Forms(fixture)), lars.Form.Id, [FormsList.Classification.Name], CancellationToken.None);
            var his = versions.OrderByDescending(v => v.VersionId).Skip(1).First();
            Assert.False(await sofie.DeleteVersionAsync(Forms(fixture), lars.Form.Id, his.VersionId), "the holder deletes the version that shows the partner chose the classification");
        }

        await fixture.ReconcileAsync();

        Assert.Equal("Strengt konfidensielt", (await fixture.ConversationAsync(LarsKey)).Accepted.Classification);
    }

    /// <summary>
    /// Local tenant fidelity: in SharePoint Online whoever may edit a file may rename it (<c>FileLeafRef</c> through
    /// <c>ValidateUpdateListItem</c>, or Rename in the browser); the local tenant once refused, so no test could see what
    /// a renamed form or folder does to the planner.
    /// </summary>
    [Fact]
    public async Task A_partner_can_rename_his_form_as_in_SharePoint_Online()
    {
        await using var fixture = await StartAsync();
        var lars = await fixture.ConversationAsync(LarsKey);
        using var larsPerson = fixture.As(Lars);
        Assert.True(await larsPerson.UpdateAsync(Forms(fixture), lars.Form!.Id, SharePoint.Items.FormValue.Text(Fields.FileName, "mitt-skjema.docx")));
    }

    /// <summary>
    /// The OU places a hold on Lars's conversation, typing his address as the directory shows it (<c>Lars@…</c>). Keys
    /// are compared exactly, and a hold that names no registered conversation is ignored without a word: Lars's form
    /// is destroyed at New Year under a hold.
    /// </summary>
    [Fact]
    public async Task A_hold_typed_with_a_capital_letter_still_holds()
    {
        await using var fixture = await StartAsync();
        await fixture.HoldAsync("H2026/3.2/Lars@stinn.example", "Tvist");

        var run = await fixture.Get<ShredExpiredForms>().RunAsync(new ShredRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2027, 1, 1), 2)), null, CancellationToken.None);

        var round = Assert.Single(run.Rounds);
        Assert.DoesNotContain(round.Destroyed, d => d.Key.StartsWith(LarsKey, StringComparison.Ordinal));
    }
}
