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
        foreach (var title in new[] { "Aktiviteter", "Samtaler", "Tiltak", "Samtaleskjema", "Referater", "Samtaleregister", "Tilbakehold" })
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

        // One measures folder per conversation, nothing else: measures are the holders' to add.
        var measures = await items.QueryItemsAsync(site, Id("Tiltak"), new ItemQuery(["Id", "FSObjType", "FileLeafRef"], null, 5000), CancellationToken.None);
        Assert.Equal(conversations.Count, measures.Count);
        Assert.All(measures, m => Assert.Equal(1, m.GetInt32("FSObjType")));
        Assert.Equal(fixture.Design.Plan.Conversations.Select(c => RoundDesigner.FolderName(c.Conversation.Key)).Order(), measures.Select(m => m.GetString("FileLeafRef")!).Order());

        // The register names every conversation's items by id.
        var register = await items.QueryItemsAsync(site, Id("Samtaleregister"),
            new ItemQuery(["Id", Fields.ConversationKey, Fields.ConversationItem, Fields.FormItem, Fields.MeasuresFolder, Fields.InRound], null, 5000), CancellationToken.None);
        Assert.Equal(conversations.Count, register.Count);
        Assert.All(register, r =>
        {
            var key = r.GetString(Fields.ConversationKey)!;
            Assert.Equal(conversations.Single(c => c.GetString(Fields.ConversationKey) == key).Id, (int)double.Parse(r.GetString(Fields.ConversationItem)!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(forms.Single(f => f.GetString(Fields.ConversationKey) == key).Id, (int)double.Parse(r.GetString(Fields.FormItem)!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(r.GetBoolean(Fields.InRound));
        });

        Guid Id(string title) => lists.Single(l => l.Title == title).Id;
    }

    [Fact]
    public async Task Every_form_and_measures_folder_is_open_to_exactly_its_pair_and_each_conversation_item_to_its_pair_and_the_OU()
    {
        await using var fixture = await RoundFixture.StartAsync();
        await fixture.ProvisionAsync();
        var site = fixture.Design.Round.Url;
        var lists = await fixture.Get<ListClient>().GetListsAsync(site, CancellationToken.None);
        Guid Id(string title) => lists.Single(l => l.Title == title).Id;
        var items = fixture.Get<ItemClient>();
        var register = await items.QueryItemsAsync(site, Id("Samtaleregister"),
            new ItemQuery(["Id", Fields.ConversationKey, Fields.ConversationItem, Fields.FormItem, Fields.MeasuresFolder], null, 5000), CancellationToken.None);
        var people = fixture.Roster.People.Select(p => p.Upn).ToArray();
        var owners = fixture.Roster.People.Where(p => p.Roles.Any(r => r.Role == fixture.Routine.OwnerRole)).Select(p => p.Upn).ToHashSet();
        var conversations = fixture.Design.Plan.Conversations.ToDictionary(c => c.Conversation.Key, c => c.Conversation);
        foreach (var entry in register)
        {
            var conversation = conversations[entry.GetString(Fields.ConversationKey)!];
            int IdOf(string field) => (int)double.Parse(entry.GetString(field)!, System.Globalization.CultureInfo.InvariantCulture);
            foreach (var upn in people)
            {
                var holder = upn == conversation.Holder.Upn;
                var partner = upn == conversation.Partner.Upn;
                Assert.Equal(holder || partner ? AccessLevel.Edit : AccessLevel.None, await Rights(fixture, SecurableScope.Item(site, Id("Samtaleskjema"), IdOf(Fields.FormItem)), upn));
                Assert.Equal(holder ? AccessLevel.Edit : partner ? AccessLevel.Read : AccessLevel.None, await Rights(fixture, SecurableScope.Item(site, Id("Tiltak"), IdOf(Fields.MeasuresFolder)), upn));
                Assert.Equal(holder || owners.Contains(upn) ? AccessLevel.Edit : partner ? AccessLevel.Read : AccessLevel.None,
                    await Rights(fixture, SecurableScope.Item(site, Id("Samtaler"), IdOf(Fields.ConversationItem)), upn));
            }
        }

        // Nobody but the OU reads the register or the holds.
        foreach (var upn in people.Where(p => !owners.Contains(p)))
        {
            Assert.Equal(AccessLevel.None, await Rights(fixture, SecurableScope.List(site, Id("Samtaleregister")), upn));
            Assert.Equal(AccessLevel.None, await Rights(fixture, SecurableScope.List(site, Id("Tilbakehold")), upn));
        }
    }

    [Fact]
    public async Task A_second_run_over_an_unchanged_round_makes_no_writes_and_few_requests()
    {
        await using var fixture = await RoundFixture.StartAsync();
        await fixture.ProvisionAsync();
        fixture.Tenant.ResetRequestCounts();

        var reports = await fixture.ProvisionAsync();

        var counts = fixture.Tenant.GetRequestCounts();
        Assert.All(reports, r => Assert.True(r.WasUnchanged, string.Join("\n", r.Plan.Describe())));
        Assert.Equal(0, counts.Writes);
        Assert.True(counts.Http() <= 15, $"{counts.Http()} requests: {counts.Describe()}");
    }

    [Fact]
    public async Task A_column_added_to_the_blueprint_is_added_to_the_existing_round_site_by_the_next_start()
    {
        await using var fixture = await RoundFixture.StartAsync();
        await fixture.ProvisionAsync();
        var measures = fixture.Blueprint.Round.List(ListRole.Measures);
        var added = new ColumnBlueprint(new ColumnDefinition("Oppfolgingsnotat", ColumnKind.Note) { DisplayName = "Oppfølgingsnotat" }, null, ColumnOwner.Holder);
        var design = fixture.Redesign(b => b with
        {
            Round = b.Round with { Lists = [.. b.Round.Lists.Select(l => l.Role == ListRole.Measures ? l with { Columns = [.. l.Columns, added] } : l)] },
        });

        var reports = await fixture.Get<RoundProvisioner>().ProvisionAsync(design, RoundFixture.SiteOwner, null, CancellationToken.None);

        Assert.All(reports, r => Assert.Empty(r.Failures));
        var lists = fixture.Get<ListClient>();
        var list = (await lists.FindListAsync(design.Round.Url, measures.Title, CancellationToken.None))!;
        var fields = await lists.GetFieldsAsync(design.Round.Url, list.Id, CancellationToken.None);
        Assert.Contains(fields, f => f.InternalName == "Oppfolgingsnotat" && f.TypeAsString == "Note");
        Assert.Contains(reports.SelectMany(r => r.Plan.Describe()), line => line.Contains("Oppfolgingsnotat", StringComparison.Ordinal));
    }

    private static async Task<AccessLevel> Rights(RoundFixture fixture, SecurableScope scope, string upn)
    {
        var permissions = await fixture.Get<PermissionClient>().GetUserEffectivePermissionsAsync(scope, upn, CancellationToken.None);
        return permissions.Has(PermissionKind.EditListItems) ? AccessLevel.Edit
            : permissions.Has(PermissionKind.ViewListItems) ? AccessLevel.Read
            : AccessLevel.None;
    }
}
