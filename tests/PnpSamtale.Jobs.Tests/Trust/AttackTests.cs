using PnpSamtale.Jobs.Export;
using PnpSamtale.Jobs.Shredding;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;
using static PnpSamtale.Jobs.Tests.Trust.TrustRound;

namespace PnpSamtale.Jobs.Tests.Trust;

/// <summary>
/// The attacks the review tried on the StInn round, each as the person who would try it, through the local tenant with
/// that person's permissions, then the jobs. Every one of them used to work.
/// </summary>
public sealed class AttackTests
{
    [Fact]
    public async Task Pointing_a_form_at_an_outsider_leaves_it_with_its_pair()
    {
        await using var fixture = await StartAsync();
        var lars = await fixture.ConversationAsync(LarsKey);
        using (var sofie = fixture.As(Sofie))
        {
            Assert.True(await sofie.UpdateAsync(Forms(fixture), lars.Form!.Id, FormsList.Partner.Value(JobsFixture.Outsider)));
        }

        using (var larsPerson = fixture.As(Lars))
        {
            Assert.True(await larsPerson.UpdateAsync(Forms(fixture), lars.Form!.Id, FormsList.Holder.Value(JobsFixture.Outsider)));
        }

        await fixture.ReconcileAsync();

        using var outsider = fixture.As(JobsFixture.Outsider);
        Assert.False(await outsider.CanReadAsync(Forms(fixture), lars.Form!.Id));
        Assert.False(await outsider.CanReadAsync(Measures(fixture), lars.Folder!.Id));
        foreach (var upn in new[] { Sofie, Lars })
        {
            using var person = fixture.As(upn);
            Assert.True(await person.CanReadAsync(Forms(fixture), lars.Form.Id), upn);
        }

        var form = await fixture.FindAsync(Forms(fixture), Fields.FileName, lars.Form.GetString(Fields.FileName)!);
        var now = (await fixture.ItemsAsync(fixture.RoundSite, Forms(fixture), Fields.Holder + "Id", Fields.Partner + "Id")).Single(i => i.Id == form.Id);
        var content = await fixture.ContentAsync();
        Assert.Equal(Sofie, content.Content.Person(now, Fields.Holder));
        Assert.Equal(Lars, content.Content.Person(now, Fields.Partner));
        var reverted = await RevertLogAsync(fixture);
        Assert.Contains("Samtaleskjema.Samtalepartner: 1", reverted, StringComparison.Ordinal);
        Assert.Contains("Samtaleskjema.Samtaleansvarlig: 1", reverted, StringComparison.Ordinal);
        Assert.DoesNotContain("stinn.example", reverted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_the_partner_the_role_or_the_term_end_moves_no_shredding()
    {
        await using var fixture = await StartAsync();
        var emma = await fixture.ConversationAsync(EmmaKey);
        var lars = await fixture.ConversationAsync(LarsKey);
        await fixture.AddMeasureAsync(Sofie, EmmaKey, "Kurs");
        await fixture.AddMeasureAsync(Sofie, LarsKey, "Kurs");
        emma = await fixture.ConversationAsync(EmmaKey);

        using (var ella = fixture.As(Ella))
        {
            // Another holder cannot touch Sofie's conversations at all.
            Assert.False(await ella.UpdateAsync(Conversations(fixture), emma.Conversation!.Id, ConversationsList.Partner.Value(Lars)));
            Assert.False(await ella.UpdateAsync(Forms(fixture), emma.Form!.Id, FormsList.TermEnd.Value(new DateOnly(2026, 1, 1))));
        }

        using (var sofie = fixture.As(Sofie))
        {
            // Emma's conversation pointed at Lars (whose term ends first), her role changed, every date moved early;
            // Lars's term end cleared so his form would be kept for ever.
            Assert.True(await sofie.UpdateAsync(Conversations(fixture), emma.Conversation!.Id, ConversationsList.Partner.Value(Lars), ConversationsList.PartnerRole.Value("VK")));
            Assert.True(await sofie.UpdateAsync(Forms(fixture), emma.Form!.Id, FormsList.TermEnd.Value(new DateOnly(2026, 1, 1)), FormsList.Partner.Value(Lars)));
            Assert.True(await sofie.UpdateAsync(Measures(fixture), emma.Measures.Single().Id, MeasuresList.TermEnd.Value(new DateOnly(2026, 1, 1)), MeasuresList.ConversationKey.Value(LarsKey)));
            Assert.True(await sofie.UpdateAsync(Forms(fixture), lars.Form!.Id, FormsList.TermEnd.ValueOrEmpty(null)));
        }

        // No reconcile in between: the shredding job alone must not be fooled.
        var run = await fixture.Get<ShredExpiredForms>().RunAsync(new ShredRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2027, 1, 1), 2)), null, CancellationToken.None);
        var round = Assert.Single(run.Rounds);
        Assert.Empty(round.Failures);
        Assert.All(round.Destroyed.Where(d => d.Kind != ShredKind.RecycleBinEntry), d => Assert.True(d.Key.StartsWith(LarsKey, StringComparison.Ordinal) || d.Key.StartsWith(MiaKey, StringComparison.Ordinal), d.Key));
        var after = await fixture.ContentAsync();
        var emmaAfter = after.Registered.Single(r => r.Key == EmmaKey);
        Assert.NotNull(emmaAfter.Form);
        Assert.Single(emmaAfter.Measures);
        var larsAfter = after.Registered.Single(r => r.Key == LarsKey);
        Assert.Null(larsAfter.Form);
        Assert.Empty(larsAfter.Measures);
    }

    [Fact]
    public async Task A_holder_can_neither_take_another_pairs_conversation_nor_export_its_form()
    {
        await using var fixture = await StartAsync();
        var lars = await fixture.ConversationAsync(LarsKey);
        var mia = await fixture.ConversationAsync(MiaKey);
        using (var ella = fixture.As(Ella))
        {
            Assert.False(await ella.UpdateAsync(Conversations(fixture), lars.Conversation!.Id, ConversationsList.Holder.Value(Ella)));
            Assert.False(await ella.UpdateAsync(Forms(fixture), lars.Form!.Id, FormsList.Holder.Value(Ella)));

            // Lars's key is taken (the column is unique), so her own conversation's item is rewritten to claim his
            // conversation in every other way: partner, step, a key of her own making; and her form likewise.
            Assert.False(await ella.UpdateAsync(Conversations(fixture), mia.Conversation!.Id, ConversationsList.Key.Value(LarsKey)));
            Assert.True(await ella.UpdateAsync(Conversations(fixture), mia.Conversation!.Id,
                ConversationsList.Key.Value("H2026/3.2/ella-tok-den"), ConversationsList.Partner.Value(Lars), ConversationsList.Step.Value("3.2")));
            Assert.True(await ella.UpdateAsync(Forms(fixture), mia.Form!.Id, FormsList.ConversationKey.Value("H2026/3.2/ella-tok-den"), FormsList.Partner.Value(Lars)));
        }

        using (var sofie = fixture.As(Sofie))
        {
            // And Sofie hands Lars's conversation item to Ella.
            Assert.True(await sofie.UpdateAsync(Conversations(fixture), lars.Conversation!.Id, ConversationsList.Holder.Value(Ella)));
        }

        var folder = Path.Combine(Path.GetTempPath(), $"innsyn-{Guid.NewGuid():N}");
        try
        {
            var export = await fixture.Get<AccessExport>().RunAsync(new AccessExportRequest(fixture.Scope, Ella, "H2026", folder, fixture.Clock.Now), null, CancellationToken.None);

            // Ella is Sofie's partner in 3.8 and Mia's holder in 4.1: those two forms, nothing of Lars's.
            Assert.Equal(2, export.Forms);
            var files = Directory.GetFiles(Path.Combine(folder, "skjema")).Select(Path.GetFileName).Order().ToArray();
            Assert.DoesNotContain(lars.Form!.GetString(Fields.FileName), files);
            Assert.Contains(mia.Form!.GetString(Fields.FileName), files);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        await fixture.ReconcileAsync();
        using var ellaAfter = fixture.As(Ella);
        Assert.False(await ellaAfter.CanReadAsync(Forms(fixture), lars.Form!.Id));
        Assert.False(await ellaAfter.CanReadAsync(Conversations(fixture), lars.Conversation!.Id));
        var restored = (await fixture.ContentAsync()).Registered.Single(r => r.Key == MiaKey);
        Assert.Equal(mia.Conversation!.Id, restored.Conversation!.Id);
        Assert.Equal(MiaKey, restored.Conversation.GetString(Fields.ConversationKey) ?? (await fixture.FindAsync(Conversations(fixture), Fields.ConversationKey, MiaKey)).GetString(Fields.ConversationKey));
    }

    [Fact]
    public async Task Rekeying_a_measure_takes_over_nothing()
    {
        await using var fixture = await StartAsync();
        var mine = await fixture.AddMeasureAsync(Ella, MiaKey, "Ellas tiltak");
        var theirs = await fixture.AddMeasureAsync(Sofie, LarsKey, "Sofies tiltak");
        using (var ella = fixture.As(Ella))
        {
            Assert.True(await ella.UpdateAsync(Measures(fixture), mine, MeasuresList.ConversationKey.Value(LarsKey), MeasuresList.Key.Value(LarsKey + "/tiltak-" + theirs),
                MeasuresList.Holder.Value(Sofie), MeasuresList.Partner.Value(Lars)));
            Assert.False(await ella.UpdateAsync(Measures(fixture), theirs, MeasuresList.ConversationKey.Value(MiaKey)));
        }

        await fixture.ReconcileAsync();

        // And after an unrelated edit and another reconcile, still nothing moved.
        using (var ella = fixture.As(Ella))
        {
            Assert.True(await ella.UpdateAsync(Measures(fixture), mine, MeasuresList.Status.Value("Fulgt opp")));
        }

        await fixture.ReconcileAsync();
        var content = await fixture.ContentAsync();
        Assert.Equal([mine], content.Registered.Single(r => r.Key == MiaKey).Measures.Select(m => m.Id));
        Assert.Equal([theirs], content.Registered.Single(r => r.Key == LarsKey).Measures.Select(m => m.Id));
        var stamped = (await fixture.ItemsAsync(fixture.RoundSite, Measures(fixture), Fields.ConversationKey, Fields.MeasureKey, Fields.MeasureStatus)).Single(i => i.Id == mine);
        Assert.Equal(MiaKey, stamped.GetString(Fields.ConversationKey));
        Assert.Equal("Fulgt opp", stamped.GetString(Fields.MeasureStatus));
        using var ellaAfter = fixture.As(Ella);
        Assert.False(await ellaAfter.CanReadAsync(Measures(fixture), theirs));
        using var lars = fixture.As(Lars);
        Assert.False(await lars.CanReadAsync(Measures(fixture), mine));
        Assert.True(await lars.CanReadAsync(Measures(fixture), theirs));
    }

    [Fact]
    public async Task Only_the_OU_can_place_or_lift_a_legal_hold()
    {
        await using var fixture = await StartAsync();
        foreach (var upn in new[] { Lars, Sofie, Ella, Per })
        {
            using var person = fixture.As(upn);
            Assert.Null(await person.AddAsync(Holds(fixture), HoldsList.ConversationKey.Value(EmmaKey), HoldsList.Reason.Value("Tvist")));
        }

        await fixture.HoldAsync(LarsKey, "Innsynsbegjæring");
        var hold = await fixture.FindAsync(Holds(fixture), Fields.ConversationKey, LarsKey);
        foreach (var upn in new[] { Lars, Sofie })
        {
            using var person = fixture.As(upn);
            Assert.False(await person.UpdateAsync(Holds(fixture), hold.Id, HoldsList.Released.Value(new DateOnly(2026, 11, 1))));
            Assert.False(await person.CanReadAsync(Holds(fixture), hold.Id));
        }

        using (var kari = fixture.As(Kari))
        {
            Assert.True(await kari.CanReadAsync(Holds(fixture), hold.Id));
        }

        var run = await fixture.Get<ShredExpiredForms>().RunAsync(new ShredRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2027, 1, 1), 2)), null, CancellationToken.None);
        var round = Assert.Single(run.Rounds);
        Assert.DoesNotContain(round.Destroyed, d => d.Key.StartsWith(LarsKey, StringComparison.Ordinal));
        Assert.Contains(round.Held, h => h.Key == LarsKey && h.HoldReason == "Innsynsbegjæring");
        Assert.Contains(round.Destroyed, d => d.Key == MiaKey);
    }

    [Fact]
    public async Task The_partner_cannot_archive_the_form_nor_the_holder_confirm_it()
    {
        await using var fixture = await StartAsync();
        var lars = await fixture.ConversationAsync(LarsKey);
        using (var larsPerson = fixture.As(Lars))
        {
            Assert.True(await larsPerson.UpdateAsync(Forms(fixture), lars.Form!.Id, FormsList.Status.Value("Arkivert")));
        }

        await fixture.ReconcileAsync();
        var after = await fixture.ConversationAsync(LarsKey);
        Assert.Equal(Core.Policies.FormStage.InProgress, after.Accepted.Stage);
        Assert.Equal("Under arbeid", (await StatusAsync(fixture, lars.Form.Id)));
        using (var larsPerson = fixture.As(Lars))
        {
            // Still in progress: the partner still edits it (an archived form would be read-only).
            Assert.True(await larsPerson.UpdateAsync(Forms(fixture), lars.Form.Id, FormsList.Classification.Value("Strengt konfidensielt")));
        }

        using (var sofie = fixture.As(Sofie))
        {
            Assert.True(await sofie.UpdateAsync(Forms(fixture), lars.Form.Id, FormsList.Confirmed.Value(true)));
        }

        await fixture.ReconcileAsync();
        after = await fixture.ConversationAsync(LarsKey);
        Assert.False(after.Accepted.Confirmed);
        Assert.Equal("Strengt konfidensielt", after.Accepted.Classification);

        // The routine's own order: Sofie sends, Lars confirms, Sofie archives — each accepted, dated, and the archived
        // form read-only for both and, strictly confidential, closed to the custodians.
        using (var sofie = fixture.As(Sofie))
        {
            Assert.True(await sofie.UpdateAsync(Forms(fixture), lars.Form.Id, FormsList.Status.Value("Sendt til partner")));
        }

        using (var larsPerson = fixture.As(Lars))
        {
            Assert.True(await larsPerson.UpdateAsync(Forms(fixture), lars.Form.Id, FormsList.Status.Value("Bekreftet"), FormsList.Confirmed.Value(true)));
        }

        await fixture.ReconcileAsync();
        using (var sofie = fixture.As(Sofie))
        {
            Assert.True(await sofie.UpdateAsync(Forms(fixture), lars.Form.Id, FormsList.Status.Value("Arkivert")));
        }

        await fixture.ReconcileAsync();
        after = await fixture.ConversationAsync(LarsKey);
        Assert.Equal((Core.Policies.FormStage.Archived, true), (after.Accepted.Stage, after.Accepted.Confirmed));
        Assert.NotNull(after.Accepted.SentOn);
        Assert.NotNull(after.Accepted.ConfirmedOn);
        using (var larsPerson = fixture.As(Lars))
        {
            Assert.True(await larsPerson.CanReadAsync(Forms(fixture), lars.Form.Id));
            Assert.False(await larsPerson.UpdateAsync(Forms(fixture), lars.Form.Id, FormsList.Status.Value("Under arbeid")));
        }

        using var per = fixture.As(Per);
        Assert.False(await per.CanReadAsync(Forms(fixture), lars.Form.Id));
        var reverted = await RevertLogAsync(fixture);
        Assert.Contains("Samtaleskjema.Skjemastatus: 1", reverted, StringComparison.Ordinal);
        Assert.Contains("Samtaleskjema.Bekreftet: 1", reverted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_changing_hands_in_Verv_moves_access_at_the_next_reconcile()
    {
        await using var fixture = await StartAsync();
        var emma = await fixture.ConversationAsync(EmmaKey);
        var lars = await fixture.ConversationAsync(LarsKey);
        var verv = fixture.Blueprint.Admin.List(ListRole.Roster).Title;
        var items = fixture.Get<ItemClient>();
        var rosterId = (await fixture.Get<SharePoint.Lists.ListClient>().FindListAsync(fixture.Scope.AdminSite, verv, CancellationToken.None))!.Id;
        var rows = await fixture.ItemsAsync(fixture.Scope.AdminSite, verv, Fields.RosterKey);
        int Row(string key) => rows.Single(r => r.GetString(Fields.RosterKey) == key).Id;

        // The OU hands NL-AU from Sofie to Nora, and Lars leaves AU for good; a new member, Ida, joins.
        fixture.Tenant.SeedDirectory([new LocalTenant.DirectoryUser("nora@stinn.example", "Nora Vik", "nb-NO"), new LocalTenant.DirectoryUser("ida@stinn.example", "Ida Ås", "nb-NO")]);
        Assert.True((await items.UpdateItemAsync(fixture.Scope.AdminSite, rosterId, Row(Sofie + "/NL-AU"),
            [RosterList.Person.Value("nora@stinn.example"), RosterList.Key.Value("nora@stinn.example/NL-AU"), FormValue.Text(Fields.Title, "Nora Vik")], CancellationToken.None)).Succeeded);
        await items.DeleteItemAsync(fixture.Scope.AdminSite, rosterId, Row(Lars + "/AU"), CancellationToken.None);
        Assert.True((await items.AddItemAsync(fixture.Scope.AdminSite, rosterId,
            [FormValue.Text(Fields.Title, "Ida Ås"), RosterList.Key.Value("ida@stinn.example/AU"), RosterList.Person.Value("ida@stinn.example"), RosterList.Role.Value("AU"), RosterList.TermEnd.Value(new DateOnly(2027, 6, 30))],
            CancellationToken.None)).Succeeded);

        await fixture.ReconcileAsync();

        using (var nora = fixture.As("nora@stinn.example"))
        {
            Assert.True(await nora.UpdateAsync(Forms(fixture), emma.Form!.Id, FormsList.Status.Value("Under arbeid")));
            Assert.True(await nora.CanReadAsync(Conversations(fixture), emma.Conversation!.Id));
        }

        using (var sofie = fixture.As(Sofie))
        {
            Assert.False(await sofie.CanReadAsync(Forms(fixture), emma.Form.Id));
            Assert.False(await sofie.CanReadAsync(Conversations(fixture), emma.Conversation.Id));

            // Lars's conversation left the design: kept for its term, read-only for the pair the register last named.
            Assert.True(await sofie.CanReadAsync(Forms(fixture), lars.Form!.Id));
            Assert.False(await sofie.UpdateAsync(Forms(fixture), lars.Form.Id, FormsList.Status.Value("Under arbeid")));
        }

        using (var larsPerson = fixture.As(Lars))
        {
            Assert.True(await larsPerson.CanReadAsync(Forms(fixture), lars.Form!.Id));
            Assert.False(await larsPerson.UpdateAsync(Forms(fixture), lars.Form.Id, FormsList.Classification.Value("Konfidensielt")));
        }

        var content = await fixture.ContentAsync();
        Assert.False(content.Registered.Single(r => r.Key == LarsKey).InRound);
        var ida = content.Registered.Single(r => r.Key == "H2026/3.2/ida@stinn.example");
        Assert.Equal(("nora@stinn.example", "ida@stinn.example"), (ida.HolderUpn, ida.PartnerUpn));
        using var idaPerson = fixture.As("ida@stinn.example");
        Assert.True(await idaPerson.CanReadAsync(Forms(fixture), ida.Form!.Id));
    }

    [Fact]
    public async Task Nobody_of_the_round_can_delete_or_recycle_a_form_a_measure_or_a_conversation()
    {
        await using var fixture = await StartAsync();
        var measure = await fixture.AddMeasureAsync(Sofie, LarsKey, "Kurs");
        var lars = await fixture.ConversationAsync(LarsKey);
        var targets = new[]
        {
            (Forms(fixture), lars.Form!.Id), (Measures(fixture), measure), (Measures(fixture), lars.Folder!.Id), (Conversations(fixture), lars.Conversation!.Id),
        };
        foreach (var upn in new[] { Sofie, Lars })
        {
            using var person = fixture.As(upn);
            foreach (var (list, id) in targets)
            {
                Assert.False(await person.RecycleAsync(list, id), $"{upn} recycled {list} {id}");
                Assert.False(await person.DeleteAsync(list, id), $"{upn} deleted {list} {id}");
            }
        }

        // They still edit what is theirs to edit.
        using var sofie = fixture.As(Sofie);
        Assert.True(await sofie.UpdateAsync(Measures(fixture), measure, MeasuresList.Status.Value("Utgår")));
        Assert.Equal(LarsKey, (await fixture.ConversationAsync(LarsKey)).Key);
        Assert.Single((await fixture.ConversationAsync(LarsKey)).Measures);
    }

    private static async Task<string?> StatusAsync(JobsFixture fixture, int formId) =>
        (await fixture.ItemsAsync(fixture.RoundSite, Forms(fixture), Fields.FormStatus)).Single(i => i.Id == formId).GetString(Fields.FormStatus);

    /// <summary>The details of every <c>Endring tilbakestilt</c> entry in <c>Logg</c>, one per line.</summary>
    internal static async Task<string> RevertLogAsync(JobsFixture fixture) =>
        string.Join('\n', (await fixture.ItemsAsync(fixture.Scope.AdminSite, fixture.Blueprint.Admin.List(ListRole.Log).Title, Fields.LogEvent, Fields.Details))
            .Where(l => l.GetString(Fields.LogEvent) == LogEvents.Reverted)
            .Select(l => l.GetString(Fields.Details)));
}
