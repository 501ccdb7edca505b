using PnpSamtale.Jobs.Reading;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Permissions;
using static PnpSamtale.Jobs.Tests.Trust.TrustRound;

namespace PnpSamtale.Jobs.Tests.Trust;

/// <summary>One hostile write: who, where, which column, what value, and whether SharePoint took it.</summary>
internal sealed record HostileWrite(string Upn, string List, int ItemId, string Column, string Value, bool Taken);

/// <summary>
/// A person of the round who writes every column of every item they are allowed to edit, in the four lists the people
/// work in, to hostile values: another person or the outsider, another conversation's key, an early or an empty date,
/// every choice of a status (the illegal ones too), yes and no, a renamed file or folder. An item they may not edit
/// gets one write, which SharePoint must refuse.
/// </summary>
internal sealed class Adversary(JobsFixture fixture, string upn)
{
    private static readonly DateOnly Early = new(2026, 1, 2);

    /// <summary>Makes every write; returns them.</summary>
    public async Task<IReadOnlyList<HostileWrite>> AttackAsync(IReadOnlyList<RegisteredConversation> design)
    {
        var writes = new List<HostileWrite>();
        using var person = fixture.As(upn);
        var others = design.Select(d => d.Key).ToList();
        foreach (var list in new[] { Conversations(fixture), Forms(fixture), Measures(fixture), Steps(fixture) })
        {
            var blueprint = fixture.Blueprint.Round.Lists.Single(l => l.Title == list);
            var listId = await fixture.ListIdAsync(list);
            var fields = blueprint.Column(Fields.ConversationKey) is null ? new[] { "FSObjType", Fields.FileName } : ["FSObjType", Fields.FileName, Fields.ConversationKey];
            var items = await fixture.ItemsAsync(fixture.RoundSite, list, fields);
            foreach (var item in items)
            {
                if (!await CanEditAsync(listId, item.Id))
                {
                    var refused = await person.UpdateAsync(list, item.Id, FormValue.Text(Fields.Title, "overtatt"));
                    writes.Add(new HostileWrite(upn, list, item.Id, Fields.Title, "overtatt", refused));
                    continue;
                }

                foreach (var (column, value) in Values(blueprint, item, others))
                {
                    writes.Add(new HostileWrite(upn, list, item.Id, column, value.FieldValue, await person.UpdateAsync(list, item.Id, value)));
                }
            }
        }

        return writes;
    }

    private async Task<bool> CanEditAsync(Guid list, int itemId) =>
        (await fixture.Get<PermissionClient>().GetUserEffectivePermissionsAsync(SecurableScope.Item(fixture.RoundSite, list, itemId), upn, CancellationToken.None))
        .Has(PermissionKind.EditListItems);

    /// <summary>The hostile values of each column, in the order they are written (the last one stands).</summary>
    private IEnumerable<(string Column, FormValue Value)> Values(ListBlueprint blueprint, ListItem item, IReadOnlyList<string> keys)
    {
        var key = item.GetString(Fields.ConversationKey);
        var otherKey = keys.FirstOrDefault(k => k != key) ?? "H2026/9.9/ingen@stinn.example";
        yield return (Fields.Title, FormValue.Text(Fields.Title, "Overtatt av " + upn));
        foreach (var column in blueprint.Columns.Select(c => c.Definition))
        {
            IEnumerable<FormValue> values = column.Kind switch
            {
                ColumnKind.User => [FormValue.Person(column.Name, JobsFixture.Outsider), FormValue.Person(column.Name, upn)],
                ColumnKind.Date => [FormValue.Date(column.Name, Early), FormValue.Date(column.Name, Early) with { FieldValue = string.Empty }],
                ColumnKind.DateTime => [FormValue.DateTime(column.Name, new DateTimeOffset(Early.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero))],
                ColumnKind.Boolean => [FormValue.Boolean(column.Name, false), FormValue.Boolean(column.Name, true)],
                ColumnKind.Number => [FormValue.Number(column.Name, 1)],
                ColumnKind.Choice => [.. column.Choices!.Select(c => FormValue.Text(column.Name, c))],
                _ when column.Name is Fields.ConversationKey or Fields.MeasureKey or Fields.StepNumber => [FormValue.Text(column.Name, otherKey)],
                _ => [FormValue.Text(column.Name, "VK")],
            };
            foreach (var value in values)
            {
                yield return (column.Name, value);
            }
        }

        if (blueprint.Template == ListTemplate.DocumentLibrary || item.IsFolder)
        {
            var name = item.GetString(Fields.FileName) ?? string.Empty;
            yield return (Fields.FileName, FormValue.Text(Fields.FileName, "omdopt-" + item.Id + Path.GetExtension(name)));
        }
    }
}

/// <summary>
/// What the routine accepts of the writes, stated on its own: a form's status, confirmation and classification count
/// only when the last value a person wrote is one the routine gives that person — the holder sets a form in progress,
/// sends and archives it; the partner confirms it and chooses its classification. Nothing else any write does counts.
/// </summary>
internal sealed class Routine
{
    private readonly Dictionary<string, (string Status, string Classification, bool Confirmed)> accepted = new(StringComparer.Ordinal);

    public Routine(IEnumerable<RegisteredConversation> design)
    {
        foreach (var conversation in design)
        {
            accepted[conversation.Key] = ("Under arbeid", "Konfidensielt", false);
        }
    }

    public (string Status, string Classification, bool Confirmed) Of(string key) => accepted[key];

    /// <summary>Takes one person's writes on the forms (only the last value of each column counts).</summary>
    public void Apply(IReadOnlyList<HostileWrite> writes, IReadOnlyList<RegisteredConversation> design, string forms)
    {
        foreach (var conversation in design.Where(c => c.Form is not null))
        {
            var taken = writes.Where(w => w.Taken && w.List == forms && w.ItemId == conversation.Form!.Id).ToList();
            if (taken.Count == 0)
            {
                continue;
            }

            var writer = taken[0].Upn;
            var holder = writer == conversation.HolderUpn;
            var partner = writer == conversation.PartnerUpn;
            string? Last(string column) => taken.LastOrDefault(w => w.Column == column)?.Value;
            var (status, classification, confirmed) = accepted[conversation.Key];
            if (Last(Fields.FormStatus) is { } newStatus && (holder && newStatus is "Under arbeid" or "Sendt til partner" or "Arkivert" || partner && newStatus == "Bekreftet"))
            {
                status = newStatus;
            }

            if (Last(Fields.Classification) is { } newClassification && partner)
            {
                classification = newClassification;
            }

            if (Last(Fields.Confirmed) is { } newConfirmed && partner)
            {
                confirmed = newConfirmed == "1";
            }

            accepted[conversation.Key] = (status, classification, confirmed);
        }
    }
}
