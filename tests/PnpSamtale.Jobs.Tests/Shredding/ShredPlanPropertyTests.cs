using System.Text.Json;
using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Routines;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Jobs.Shredding;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Regional;
using PnpSamtale.SharePoint.Users;
using PnpSamtale.Tests.Shared;

namespace PnpSamtale.Jobs.Tests.Shredding;

/// <summary>
/// Never early, never forgotten: over random rosters (terms ending, extended by a re-election, open-ended, or the
/// person gone from the roster), term ends in the register, legal holds (some lifted), grace days and days of the run,
/// the shredding plan destroys exactly the form, measures and folder of the conversations whose partner's term ended
/// before today minus the grace days and that are not held — whatever keys and dates the items themselves carry.
/// </summary>
public sealed class ShredPlanPropertyTests
{
    private static readonly Uri Site = new("https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026");

    [Fact]
    public void RandomRostersAndDays_DestroyExactlyTheExpiredUnheldItems_NeverBeforeTheTermEnd()
    {
        var blueprint = BlueprintLoader.LoadFile(Path.Combine(RepositoryRoot.Path, BlueprintLoader.DefaultPath)).Blueprint!;
        var scope = new JobScope(blueprint, new Uri("https://contoso.sharepoint.com"), _ => null);
        var random = new Random(20261122);
        var destroyedTotal = 0;
        for (var iteration = 0; iteration < 300; iteration++)
        {
            var grace = random.Next(0, 3) == 0 ? 0 : random.Next(0, 60);
            var retention = new Retention(RetentionUntil.TermEnd, grace, "Periodeslutt for vervet");
            var today = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 3 * 365));
            var people = Enumerable.Range(0, random.Next(1, 9)).Select(i => $"p{i}@stinn.example").ToList();
            var roster = new List<RosterEntry>();
            foreach (var upn in people)
            {
                for (var row = random.Next(0, 3); row > 0; row--)
                {
                    DateOnly? to = random.Next(0, 6) == 0 ? null : new DateOnly(2026, 1, 1).AddDays(random.Next(0, 3 * 365));
                    roster.Add(new RosterEntry(upn, upn, random.Next(0, 5) == 0 ? "VK" : "AU", Core.Rosters.Language.Norwegian, null, to));
                }
            }

            var users = people.Select((upn, i) => new SiteUser(i + 10, LoginNames.MembershipPrefix + upn, upn, upn, upn, 1, false)).ToDictionary(u => u.Id);
            var register = new List<ListItem>();
            var forms = new List<ListItem>();
            var measures = new List<ListItem>();
            var holds = new List<ListItem>();
            var expected = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (upn, index) in people.Select((p, i) => (p, i)))
            {
                var key = $"H2026/3.2/{upn}";
                DateOnly? stamped = random.Next(0, 4) == 0 ? null : new DateOnly(2026, 1, 1).AddDays(random.Next(0, 3 * 365));
                var held = random.Next(0, 6) == 0;
                var lifted = held && random.Next(0, 3) == 0 ? new DateOnly(2026, 1, 1).AddDays(random.Next(0, 3 * 365)) : (DateOnly?)null;
                int formId = 100 + index, folderId = 200 + index, measureId = 300 + index;
                var folderUrl = $"/sites/medarbeidersamtaler-h2026/Lists/Tiltak/{RoundDesigner.FolderName(key)}";

                // What a holder or partner could have written on the items themselves: none of it may count.
                var hostileKey = $"H2026/3.2/{people[random.Next(people.Count)]}";
                register.Add(Item(index + 1, (Fields.ConversationKey, key), (Fields.Partner + "Id", index + 10), (Fields.PartnerRole, "AU"), (Fields.TermEnd, Day(stamped)),
                    (Fields.FormItem, formId), (Fields.MeasuresFolder, folderId), (Fields.InRound, true)));
                forms.Add(Item(formId, (Fields.ConversationKey, hostileKey), (Fields.FileName, RoundDesigner.FormFileName(key)), (Fields.TermEnd, "2026-01-01T00:00:00Z")));
                measures.Add(Item(folderId, ("FSObjType", "1"), ("FileRef", folderUrl), ("FileLeafRef", RoundDesigner.FolderName(key))));
                measures.Add(Item(measureId, ("FSObjType", "0"), ("FileDirRef", folderUrl), (Fields.ConversationKey, hostileKey), (Fields.TermEnd, "2026-01-01T00:00:00Z")));
                if (held)
                {
                    holds.Add(Item(index + 1, (Fields.ConversationKey, key), (Fields.LegalHoldReason, "Tvist"), (Fields.Released, Day(lifted))));
                }

                // The rule, stated independently of the code under test.
                var terms = roster.Where(r => r.Upn == upn && r.Role == "AU").ToList();
                DateOnly? end = terms.Count == 0 ? stamped : terms.Any(t => t.To is null) ? null : terms.Max(t => t.To);
                var holding = held && (lifted is null || today < lifted);
                if (end is { } last && today > last.AddDays(grace) && !holding)
                {
                    expected.Add(key);
                    expected.Add(RoundDesigner.MeasureKey(key, measureId));
                    expected.Add(key + "/tiltak");
                }
            }

            var content = RoundContent.From(scope, new RoundEntry(1, "H2026", "stinn", Site, "Aktiv", null), new SiteContent(Site,
                new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase)
                {
                    ["Samtaler"] = Guid.NewGuid(), ["Samtaleskjema"] = Guid.NewGuid(), ["Tiltak"] = Guid.NewGuid(), ["Samtaleregister"] = Guid.NewGuid(), ["Tilbakehold"] = Guid.NewGuid(),
                },
                new Dictionary<string, IReadOnlyList<ListItem>>(StringComparer.OrdinalIgnoreCase)
                {
                    ["Samtaler"] = [], ["Samtaleskjema"] = forms, ["Tiltak"] = measures, ["Samtaleregister"] = register, ["Tilbakehold"] = holds,
                },
                users,
                new RegionalSettings(1044, 1, ".", ",", true, ":", "AM", "PM", SiteTimeZone.Find(SiteTimeZone.Oslo, "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna")!)));
            var admin = new AdminState(content.Content, [], roster);

            var plan = ShredExpiredForms.ShredPlan.Create(content, [], retention, admin, today);

            var destroyed = plan.Destroy.Select(t => t.Item).ToList();
            Assert.Equal(expected.Order(StringComparer.Ordinal), destroyed.Select(d => d.Key).Order(StringComparer.Ordinal));
            Assert.All(destroyed, d => Assert.True(d.TermEnd is { } end && today >= end.AddDays(grace + 1), $"{d.Key} destroyed on {today} with term end {d.TermEnd} and {grace} grace days"));
            Assert.All(plan.Held, h => Assert.True(h.TermEnd is { } end && today > end.AddDays(grace)));
            destroyedTotal += destroyed.Count;
        }

        Assert.InRange(destroyedTotal, 100, int.MaxValue);
    }

    /// <summary>As SharePoint returns a date column: the UTC instant of Oslo midnight.</summary>
    private static string? Day(DateOnly? day)
    {
        if (day is not { } d)
        {
            return null;
        }

        var midnight = d.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Core.Calendar.OsloTime.Zone.GetUtcOffset(midnight)).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static ListItem Item(int id, params (string Field, object? Value)[] values) =>
        new(id, values.ToDictionary(v => v.Field, v => JsonSerializer.SerializeToElement(v.Value), StringComparer.Ordinal));
}
