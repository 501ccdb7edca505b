using PnpSamtale.Core.Policies;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.Tests.Shared;
using Xunit;

namespace PnpSamtale.Provisioning.Tests.EndToEnd;

public sealed class RoundProvisioningTests
{
    [Fact]
    public async Task The_StInn_round_has_every_list_step_conversation_and_one_form_per_conversation()
    {
        await using var fixture = await RoundFixture.StartAsync();
        var reports = await fixture.ProvisionAsync();
        Assert.All(reports, r => Assert.Empty(r.Failures));

        var site = fixture.Design.Round.Url;
        var lists = await fixture.Get<ListClient>().GetListsAsync(site, CancellationToken.None);
        foreach (var title in new[] { "Aktiviteter", "Samtaler", "Tiltak", "Samtaleskjema", "Referater" })
        {
            Assert.Contains(lists, l => l.Title == title);
        }

        var items = fixture.Get<ItemClient>();
        var steps = await items.QueryItemsAsync(site, Id("Aktiviteter"), new ItemQuery(["Id", Fields.StepNumber, Fields.Earliest, Fields.Deadline], null, 5000), CancellationToken.None);
        Assert.Equal(fixture.Design.Plan.Steps.Count, steps.Count);
        var planned12 = fixture.Design.Plan.Steps.Single(s => s.Step.Id.ToString() == "1.2");
        var item12 = steps.Single(s => s.GetString(Fields.StepNumber) == "1.2");
        Assert.Equal(new DateOnly(2026, 11, 9), Core.Calendar.OsloTime.Day(item12.GetDateTime(Fields.Deadline)!.Value));
        Assert.Equal(planned12.Window.Latest, new DateOnly(2026, 11, 9));

        var conversations = await items.QueryItemsAsync(site, Id("Samtaler"), new ItemQuery(["Id", Fields.ConversationKey], null, 5000), CancellationToken.None);
        Assert.Equal(fixture.Design.Plan.Conversations.Select(c => c.Conversation.Key).Order(), conversations.Select(c => c.GetString(Fields.ConversationKey)!).Order());
        Assert.True(conversations.Count >= 15, $"the example roster gives {conversations.Count} conversations");

        var forms = await items.QueryItemsAsync(site, Id("Samtaleskjema"), new ItemQuery(["Id", Fields.FileName, Fields.ConversationKey, Fields.FormStatus, Fields.Classification], null, 5000), CancellationToken.None);
        Assert.Equal(conversations.Count, forms.Count);
        Assert.All(forms, f =>
        {
            Assert.Equal(RoundDesigner.FormFileName(f.GetString(Fields.ConversationKey)!), f.GetString(Fields.FileName));
            Assert.Equal("Under arbeid", f.GetString(Fields.FormStatus));
            Assert.Equal("Konfidensielt", f.GetString(Fields.Classification));
        });

        var measures = await items.QueryItemsAsync(site, Id("Tiltak"), new ItemQuery(["Id"], null, 5000), CancellationToken.None);
        Assert.Equal(conversations.Count, measures.Count);

        Guid Id(string title) => lists.Single(l => l.Title == title).Id;
    }

    [Fact]
    public async Task Every_form_and_measure_is_open_to_exactly_its_holder_and_partner_and_archiving_strictly_makes_both_read_only()
    {
        await using var fixture = await RoundFixture.StartAsync();
        await fixture.ProvisionAsync();
        var site = fixture.Design.Round.Url;
        var lists = await fixture.Get<ListClient>().GetListsAsync(site, CancellationToken.None);
        var formsList = lists.Single(l => l.Title == "Samtaleskjema").Id;
        var measuresList = lists.Single(l => l.Title == "Tiltak").Id;
        var items = fixture.Get<ItemClient>();
        var forms = await items.QueryItemsAsync(site, formsList, new ItemQuery(["Id", Fields.ConversationKey], null, 5000), CancellationToken.None);
        var measures = await items.QueryItemsAsync(site, measuresList, new ItemQuery(["Id", Fields.ConversationKey], null, 5000), CancellationToken.None);
        var people = fixture.Roster.People.Select(p => p.Upn).ToArray();
        var conversations = fixture.Design.Plan.Conversations.ToDictionary(c => c.Conversation.Key, c => c.Conversation);

        foreach (var (list, item) in forms.Select(f => (formsList, f)).Concat(measures.Select(m => (measuresList, m))))
        {
            var conversation = conversations[item.GetString(Fields.ConversationKey)!];
            foreach (var upn in people)
            {
                var rights = await Rights(fixture, SecurableScope.Item(site, list, item.Id), upn);
                var isPair = upn == conversation.Holder.Upn || upn == conversation.Partner.Upn;
                Assert.True(isPair ? rights == AccessLevel.Edit : rights == AccessLevel.None, $"{upn} on {conversation.Key}: {rights}");
            }
        }

        // Archive one form as strictly confidential; Reconcile converges its permissions (and its measure's).
        var archived = forms[0];
        var key = archived.GetString(Fields.ConversationKey)!;
        var pair = conversations[key];
        await items.UpdateItemAsync(site, formsList, archived.Id,
            [FormValue.Text(Fields.FormStatus, "Arkivert"), FormValue.Text(Fields.Classification, "Strengt konfidensielt")], CancellationToken.None);
        var results = await fixture.Get<Reconciler>().ReconcileAsync(fixture.Blueprint, fixture.Tenant.BaseUri, _ => fixture.Routine, "H2026", null, CancellationToken.None);
        Assert.Empty(results.Single().Report.Failures);
        var measure = measures.Single(m => m.GetString(Fields.ConversationKey) == key);
        foreach (var (list, id) in new[] { (formsList, archived.Id), (measuresList, measure.Id) })
        {
            foreach (var upn in people)
            {
                var rights = await Rights(fixture, SecurableScope.Item(site, list, id), upn);
                var isPair = upn == pair.Holder.Upn || upn == pair.Partner.Upn;
                Assert.True(isPair ? rights == AccessLevel.Read : rights == AccessLevel.None, $"{upn} on archived {key}: {rights}");
            }

            var assignments = await fixture.Get<PermissionClient>().GetRoleAssignmentsAsync(SecurableScope.Item(site, list, id), CancellationToken.None);
            Assert.All(assignments, a => Assert.True(
                a.Member.LoginName.EndsWith(pair.Holder.Upn, StringComparison.OrdinalIgnoreCase) ||
                a.Member.LoginName.EndsWith(pair.Partner.Upn, StringComparison.OrdinalIgnoreCase) ||
                a.Member.LoginName.Contains("app@sharepoint", StringComparison.OrdinalIgnoreCase), $"unexpected {a.Member.LoginName}"));
        }

        // Archived as Konfidensielt instead: the custodians (OrgKons) may read it too, nobody else.
        await items.UpdateItemAsync(site, formsList, archived.Id, [FormValue.Text(Fields.Classification, "Konfidensielt")], CancellationToken.None);
        await fixture.Get<Reconciler>().ReconcileAsync(fixture.Blueprint, fixture.Tenant.BaseUri, _ => fixture.Routine, "H2026", null, CancellationToken.None);
        var custodians = fixture.Roster.People.Where(p => p.Roles.Any(r => fixture.Routine.Custodians.Contains(r.Role))).Select(p => p.Upn).ToHashSet();
        Assert.NotEmpty(custodians);
        foreach (var upn in people)
        {
            var rights = await Rights(fixture, SecurableScope.Item(site, formsList, archived.Id), upn);
            var reader = upn == pair.Holder.Upn || upn == pair.Partner.Upn || custodians.Contains(upn);
            Assert.True(reader ? rights == AccessLevel.Read : rights == AccessLevel.None, $"{upn} on confidential {key}: {rights}");
        }

        // And back to Strengt konfidensielt: the custodians' grant is withdrawn, not only never given.
        await items.UpdateItemAsync(site, formsList, archived.Id, [FormValue.Text(Fields.Classification, "Strengt konfidensielt")], CancellationToken.None);
        await fixture.Get<Reconciler>().ReconcileAsync(fixture.Blueprint, fixture.Tenant.BaseUri, _ => fixture.Routine, "H2026", null, CancellationToken.None);
        foreach (var upn in custodians.Where(c => c != pair.Holder.Upn && c != pair.Partner.Upn))
        {
            Assert.Equal(AccessLevel.None, await Rights(fixture, SecurableScope.Item(site, formsList, archived.Id), upn));
        }

        var left = await fixture.Get<PermissionClient>().GetRoleAssignmentsAsync(SecurableScope.Item(site, formsList, archived.Id), CancellationToken.None);
        Assert.DoesNotContain(left, a => a.Member.Title.Contains("arkivtilgang", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_run_over_an_unchanged_round_makes_no_writes_and_few_requests()
    {
        await using var fixture = await RoundFixture.StartAsync();
        await fixture.ProvisionAsync();
        fixture.Tenant.ResetRequestCounts();

        var reports = await fixture.ProvisionAsync();

        var counts = fixture.Tenant.GetRequestCounts();
        Assert.All(reports, r => Assert.True(r.WasUnchanged, string.Join(", ", r.Changes.Where(c => c.HasChanges))));
        Assert.Equal(0, counts.Writes);
        Assert.True(counts.Http() <= 15, $"{counts.Http()} requests: {counts.Describe()}");
    }

    [Fact]
    public async Task A_quiet_reconcile_reads_a_little_and_writes_nothing()
    {
        await using var fixture = await RoundFixture.StartAsync();
        await fixture.ProvisionAsync();
        var reconciler = fixture.Get<Reconciler>();
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // modification times have whole seconds
        await reconciler.ReconcileAsync(fixture.Blueprint, fixture.Tenant.BaseUri, _ => fixture.Routine, null, null, CancellationToken.None);
        fixture.Tenant.ResetRequestCounts();

        var results = await reconciler.ReconcileAsync(fixture.Blueprint, fixture.Tenant.BaseUri, _ => fixture.Routine, null, null, CancellationToken.None);

        var counts = fixture.Tenant.GetRequestCounts();
        Assert.Equal(0, results.Single().FormsChecked);
        Assert.Equal(0, counts.Writes);
        Assert.True(counts.Http() <= 6, $"{counts.Http()} requests: {counts.Describe()}");
    }

    private static async Task<AccessLevel> Rights(RoundFixture fixture, SecurableScope scope, string upn)
    {
        var permissions = await fixture.Get<PermissionClient>().GetUserEffectivePermissionsAsync(scope, upn, CancellationToken.None);
        return permissions.Has(PermissionKind.EditListItems) ? AccessLevel.Edit
            : permissions.Has(PermissionKind.ViewListItems) ? AccessLevel.Read
            : AccessLevel.None;
    }
}
