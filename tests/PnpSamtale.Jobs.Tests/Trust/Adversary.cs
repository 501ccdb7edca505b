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
/// What the routine accepts of the writes, stated on its own: a form's status, confirmation and classification change
/// only by the person the routine gives the step, and only in the routine's order — the holder sends a form being
/// written, the partner confirms a sent form (status or flag), the holder archives a confirmed form, the holder may set
/// a sent or confirmed form back to being written (which withdraws the confirmation), nothing changes an archived form;
/// the partner chooses the classification until the form is archived. Each write is one version, judged in order
/// against the value the version before it held.
/// </summary>
internal sealed class Routine
{
    private static readonly string[] Stages = ["Under arbeid", "Sendt til partner", "Bekreftet", "Arkivert"];

    private readonly Dictionary<string, (string Status, string Classification, bool Confirmed)> accepted = new(StringComparer.Ordinal);

    public Routine(IEnumerable<RegisteredConversation> design)
    {
        foreach (var conversation in design)
        {
            accepted[conversation.Key] = ("Under arbeid", "Konfidensielt", false);
        }
    }

    public (string Status, string Classification, bool Confirmed) Of(string key) => accepted[key];

    /// <summary>Takes one person's writes on the forms, in the order they were made.</summary>
    public void Apply(IReadOnlyList<HostileWrite> writes, IReadOnlyList<RegisteredConversation> design, string forms)
    {
        foreach (var conversation in design.Where(c => c.Form is not null))
        {
            var taken = writes.Where(w => w.Taken && w.List == forms && w.ItemId == conversation.Form!.Id).ToList();
            if (taken.Count == 0)
            {
                continue;
            }

            var holder = taken[0].Upn == conversation.HolderUpn;
            var partner = taken[0].Upn == conversation.PartnerUpn;
            var start = accepted[conversation.Key];
            var (status, classification, confirmed) = start;
            var (rawStatus, rawConfirmed) = (Stage(start.Status), start.Confirmed);
            foreach (var write in taken)
            {
                if (write.Column == Fields.FormStatus)
                {
                    var to = Stage(write.Value);
                    var from = Stage(status);
                    if (to != rawStatus && to != from && from != 3)
                    {
                        if (holder && to == 0 && from is 1 or 2)
                        {
                            (status, confirmed) = (Stages[0], false);
                        }
                        else if ((holder && to == 1 && from == 0) || (partner && to == 2 && from == 1) || (holder && to == 3 && (from == 2 || confirmed)))
                        {
                            status = Stages[to];
                        }
                    }

                    rawStatus = to;
                }
                else if (write.Column == Fields.Confirmed)
                {
                    var flag = write.Value == "1";
                    if (flag != rawConfirmed && flag != confirmed && partner && Stage(status) is 1 or 2)
                    {
                        confirmed = flag;
                    }

                    rawConfirmed = flag;
                }
                else if (write.Column == Fields.Classification && partner)
                {
                    // Archived: only a stricter classification (Konfidensielt → Strengt konfidensielt) is still his.
                    classification = Stage(start.Status) != 3 || (start.Classification == "Konfidensielt" && write.Value == "Strengt konfidensielt")
                        ? write.Value ?? classification
                        : classification;
                }
            }

            accepted[conversation.Key] = (status, classification, confirmed);
        }
    }

    private static int Stage(string? status) => Math.Max(0, Array.FindIndex(Stages, s => string.Equals(s, status?.Trim(), StringComparison.OrdinalIgnoreCase)));
}
