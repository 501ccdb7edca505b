using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Tests.EndToEnd;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.Tests.Shared;
using Xunit;

namespace PnpSamtale.Provisioning.Tests.Blueprints;

public sealed class BlueprintLoaderTests
{
    private static string Shipped => File.ReadAllText(Path.Combine(RepositoryRoot.Path, BlueprintLoader.DefaultPath));

    [Fact]
    public void The_shipped_blueprint_loads_with_every_list_indexed_where_the_jobs_filter()
    {
        var loaded = BlueprintLoader.Load(Shipped, "blueprint.yaml");
        Assert.Empty(loaded.Diagnostics);
        var round = loaded.Blueprint!.Round;
        Assert.Equal(["Aktiviteter", "Samtaler", "Tiltak", "Samtaleskjema", "Referater", "Samtaleregister", "Tilbakehold"], round.Lists.Select(l => l.Title));
        Assert.Equal(ListTemplate.DocumentLibrary, round.List(ListRole.Forms).Template);
        foreach (var (list, column) in new[] { (ListRole.Forms, Fields.FormStatus), (ListRole.Register, Fields.ConversationKey), (ListRole.Holds, Fields.ConversationKey), (ListRole.Conversations, Fields.Deadline), (ListRole.Steps, Fields.Deadline) })
        {
            Assert.True(round.List(list).Columns.Single(c => c.Definition.Name == column).Definition.Indexed, $"{list}.{column} is not indexed");
        }

        Assert.NotNull(round.List(ListRole.Forms).Permissions);
        Assert.Empty(round.List(ListRole.Forms).Permissions!);
        Assert.Equal(ItemPermissions.Conversation, round.List(ListRole.Forms).ItemPermissions);
        Assert.Equal(ItemPermissions.ConversationFolder, round.List(ListRole.Measures).ItemPermissions);
        Assert.Equal(ItemPermissions.Step, round.List(ListRole.Steps).ItemPermissions);
        Assert.Equal(ColumnOwner.Partner, round.List(ListRole.Forms).OwnerOf(Fields.Classification));
        Assert.Equal(ColumnOwner.Routine, round.List(ListRole.Forms).OwnerOf(Fields.FormStatus));
        Assert.Equal(ColumnOwner.Design, round.List(ListRole.Conversations).OwnerOf(Fields.Partner));
        Assert.Contains(round.List(ListRole.Conversations).Views, v => v.Title == "Mine samtaler");
        Assert.NotNull(round.List(ListRole.Steps).Columns.Single(c => c.Definition.Name == Fields.Deadline).Formatter);
    }

    [Theory]
    [InlineData("        - { name: Samtalenokkel, displayName: Samtalenøkkel, type: text, indexed: true, required: true, unique: true, owner: design }\n        - { name: Stegnummer,", "        - { name: Stegnummer,", "needs the column 'Samtalenokkel'")]
    [InlineData("formatter: overdue, owner: design }", "formatter: forsinket, owner: design }", "the formatter 'forsinket' is not defined")]
    [InlineData("fields: [Title, Samtaleansvarlig, Samtalepartner, Frist, Avtalt, Gjennomfort]", "fields: [Title, Samtaleansvarlig, Partner]", "shows 'Partner', which is not a column")]
    [InlineData("type: choice, choices: [Konfidensielt, Strengt konfidensielt], indexed: true, owner: partner }", "type: choice, choices: [Konfidensielt, Strengt konfidensielt], indexed: true, owner: holder }", "Gradering")]
    [InlineData("        - { name: Samtalepartner, displayName: Samtalepartner, type: user, indexed: true, owner: design }\n        - { name: Partnerrolle", "        - { name: Samtalepartner, displayName: Samtalepartner, type: user, indexed: true }\n        - { name: Partnerrolle", "owner")]
    public void A_blueprint_the_code_cannot_use_is_refused_with_the_line(string from, string to, string message)
    {
        var text = Shipped;
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        var changed = text[..at] + to + text[(at + from.Length)..];
        var loaded = BlueprintLoader.Load(changed, "blueprint.yaml");
        Assert.Null(loaded.Blueprint);
        var diagnostic = Assert.Single(loaded.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.True(diagnostic.Location.Line > 1);
    }

    [Fact]
    public void Form_file_names_and_titles_carry_no_names()
    {
        var (design, _, roster, _) = RoundFixture.Load(new Uri("https://contoso.sharepoint.com"));
        var forms = design.Round.Lists.Single(l => l.Blueprint.Role == ListRole.Forms).Files;
        Assert.Equal(design.Plan.Conversations.Count, forms.Count);
        foreach (var form in forms)
        {
            Assert.Matches("^skjema-[0-9a-f]{16}\\.docx$", form.FileName);
            var title = form.Item.Owned.Single(v => v.FieldName == Fields.Title).FieldValue;
            Assert.DoesNotContain(roster.People, p => title.Contains(p.Name, StringComparison.Ordinal) || title.Contains(p.Upn, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Equal("https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026", design.Round.Url.AbsoluteUri);
        Assert.Equal(forms.Count, forms.Select(f => f.FileName).Distinct().Count());
        Assert.Equal(RoundDesigner.FormFileName("H2026/3.1/b@x"), RoundDesigner.FormFileName("H2026/3.1/b@x"));
    }
}
