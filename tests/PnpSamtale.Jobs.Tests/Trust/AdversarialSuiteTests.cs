using PnpSamtale.Core.Reminders;
using PnpSamtale.Jobs.Export;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Jobs.Reminders;
using PnpSamtale.Jobs.Shredding;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Permissions;
using Xunit.Abstractions;
using static PnpSamtale.Jobs.Tests.Trust.TrustRound;

namespace PnpSamtale.Jobs.Tests.Trust;

/// <summary>
/// The adversarial suite: each role of the round in turn — another partner, a partner, another holder (who is also a
/// partner), a holder, a custodian, an OU member — writes every column it may write on <c>Samtaler</c>,
/// <c>Samtaleskjema</c>, <c>Tiltak</c> and <c>Aktiviteter</c> to hostile values (<see cref="Adversary"/>). Then, before
/// any reconcile, the jobs run as they would that night — shredding (dry runs on the days around every term end),
/// reminders, every person's access export — and after the reconcile, who can read and edit what. The invariants: no
/// one outside the designed pair (plus the custodians where the accepted classification of an archived form allows)
/// reads a form, a measure or its folder; nothing is destroyed before its designed term end plus grace, nothing held is,
/// nothing unheld survives; an export holds only the person's own forms; reminders go only to the designed people; the
/// register holds only what the routine accepts; a second reconcile has nothing left to do.
/// </summary>
public sealed class AdversarialSuiteTests(ITestOutputHelper output)
{
    private static readonly (string Role, string Upn)[] Roles =
        [("annen samtalepartner", Emma), ("samtalepartner", Lars), ("annen samtaleansvarlig", Ella), ("samtaleansvarlig", Sofie), ("arkivtilgang", Per), ("OU", Kari)];

    private static readonly DateOnly[] ShredDays = [new(2026, 12, 31), new(2027, 1, 1), new(2027, 6, 30), new(2027, 7, 1)];

    private static readonly DateOnly[] ReminderDays = [new(2026, 11, 12), new(2026, 11, 19), new(2026, 12, 3)];

    [Fact]
    public async Task Every_role_writing_every_column_it_may_to_hostile_values_moves_no_access_no_deletion_no_export()
    {
        await using var fixture = await StartAsync();
        foreach (var (holder, key) in new[] { (Sofie, LarsKey), (Sofie, EmmaKey), (Sofie, JonasKey), (Ella, MiaKey) })
        {
            await fixture.AddMeasureAsync(holder, key, "Kurs");
        }

        await fixture.HoldAsync(MiaKey, "Tvist");
        await fixture.ReconcileAsync();
        var design = (await fixture.ContentAsync()).Registered;
        var designed = await DesignValuesAsync(fixture);
        var routine = new Routine(design);
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string what, int n = 1) => tally[what] = tally.GetValueOrDefault(what) + n;

        foreach (var (role, upn) in Roles)
        {
            var writes = await new Adversary(fixture, upn).AttackAsync(design);
            routine.Apply(writes, design, Forms(fixture));
            Count("skrivinger", writes.Count);
            Count("skrivinger tatt imot", writes.Count(w => w.Taken));
            Count($"skrivinger som {role}", writes.Count);

            // The night's jobs, with the hostile values still in place.
            foreach (var day in ShredDays)
            {
                await AssertShreddingAsync(fixture, design, day);
                Count("makuleringskontroller");
            }

            foreach (var day in ReminderDays)
            {
                await AssertRemindersAsync(fixture, design, day);
                Count("påminnelseskontroller");
            }

            foreach (var person in People)
            {
                await AssertExportAsync(fixture, design, person);
                Count("innsynskontroller");
            }

            // Reconcile: the routine's accepted values in the register, access as designed, nothing left to put back.
            await fixture.ReconcileAsync();
            Count("avstemminger");
            var content = await fixture.ContentAsync();
            foreach (var conversation in design)
            {
                var registered = content.Registered.Single(r => r.Key == conversation.Key);
                var (status, classification, confirmed) = routine.Of(conversation.Key);
                Assert.True(
                    (Core.Policies.FormStages.Parse(status), classification, confirmed) == (registered.Accepted.Stage, registered.Accepted.Classification, registered.Accepted.Confirmed),
                    $"after {role}: {conversation.Key} accepted {registered.Accepted.Stage}/{registered.Accepted.Classification}/{registered.Accepted.Confirmed}, the routine says {status}/{classification}/{confirmed}");
                Assert.Equal((conversation.HolderUpn, conversation.PartnerUpn, conversation.TermEnd), (registered.HolderUpn, registered.PartnerUpn, registered.TermEnd));
            }

            Count("tilgangskontroller", await AssertAccessAsync(fixture, routine, content.Registered, role));
            var now = await DesignValuesAsync(fixture);
            foreach (var (where, value) in designed)
            {
                Assert.True(now.GetValueOrDefault(where) == value, $"after {role}: {where} is «{now.GetValueOrDefault(where)}», designed «{value}»");
            }

            Count("designverdier kontrollert", designed.Count);
            var again = await fixture.ReconcileAsync();
            Assert.True(again.Operations == 0, $"after {role}: a second reconcile still had {again.Operations} operations");
        }

        // The night after the first term end, for real: Lars's conversation goes, Mia's is held, the rest stay.
        var run = await fixture.Get<ShredExpiredForms>().RunAsync(new ShredRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2027, 1, 1), 2)), null, CancellationToken.None);
        var round = Assert.Single(run.Rounds);
        Assert.Empty(round.Failures);
        var after = await fixture.ContentAsync();
        foreach (var conversation in after.Registered)
        {
            var gone = conversation.Key == LarsKey;
            Assert.Equal(gone, conversation.Form is null);
            Assert.Equal(gone, conversation.Folder is null);
        }

        output.WriteLine(string.Join("\n", tally.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}: {t.Value}")));
        Assert.True(tally["skrivinger"] >= 500, $"only {tally["skrivinger"]} writes");
        Assert.True(tally["skrivinger tatt imot"] >= 200, $"only {tally["skrivinger tatt imot"]} writes were taken: the suite attacks too little");
    }

    /// <summary>Every value of a column the design owns, on every item of the lists the people work in (the product's own dates move with the accepted statuses).</summary>
    private static async Task<Dictionary<string, string?>> DesignValuesAsync(JobsFixture fixture)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var list in new[] { Conversations(fixture), Forms(fixture), Measures(fixture), Steps(fixture) })
        {
            var blueprint = fixture.Blueprint.Round.Lists.Single(l => l.Title == list);
            var columns = blueprint.Columns.Where(c => c.Owner == ColumnOwner.Design).Select(c => c.Definition.Kind == SharePoint.Lists.ColumnKind.User ? c.Definition.Name + "Id" : c.Definition.Name).ToArray();
            foreach (var item in await fixture.ItemsAsync(fixture.RoundSite, list, [.. columns, "Title", "FSObjType"]))
            {
                // A measure's title is its holder's; everything else is titled by the design.
                foreach (var column in list == Measures(fixture) && !item.IsFolder ? columns : [.. columns, "Title"])
                {
                    values[$"{list}[{item.Id}].{column}"] = item.GetString(column);
                }
            }
        }

        return values;
    }

    /// <summary>A dry run of shredding on <paramref name="day"/> destroys exactly what the design says has expired.</summary>
    private static async Task AssertShreddingAsync(JobsFixture fixture, IReadOnlyList<RegisteredConversation> design, DateOnly day)
    {
        var dry = Assert.Single((await fixture.Get<ShredExpiredForms>().RunAsync(new ShredRequest(fixture.Scope, fixture.Clock.At(day, 2)) { DryRun = true }, null, CancellationToken.None)).Rounds);
        var grace = fixture.Routine.Retention.GraceDays;
        var expired = design.Where(c => c.TermEnd is { } end && day > end.AddDays(grace)).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var destroyed = dry.Destroyed.Select(d => string.Join('/', d.Key.Split('/').Take(3))).ToHashSet(StringComparer.Ordinal);
        Assert.True(destroyed.SetEquals(expired.Where(k => k != MiaKey)), $"{day}: destroyed {string.Join(", ", destroyed)}; expired {string.Join(", ", expired)}");
        Assert.All(dry.Held, h => Assert.StartsWith(MiaKey, h.Key, StringComparison.Ordinal));
        Assert.Equal(expired.Contains(MiaKey), dry.Held.Count > 0);
    }

    /// <summary>The reminders of <paramref name="day"/> go to the designed people only, each about their own conversations.</summary>
    private static async Task AssertRemindersAsync(JobsFixture fixture, IReadOnlyList<RegisteredConversation> design, DateOnly day)
    {
        var run = await fixture.Get<DeadlineReminders>().RunAsync(new ReminderRequest(fixture.Scope, fixture.Clock.At(day, 7), JobsFixture.SiteOwner) { DryRun = true }, null, CancellationToken.None);
        var roster = fixture.Roster.People.Select(p => p.Upn).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var notice in run.Digests.SelectMany(d => d.Notices))
        {
            Assert.Contains(notice.RecipientUpn, roster);
            if (notice.About is { } about && notice.Kind != NoticeKind.Escalation)
            {
                var conversation = design.SingleOrDefault(c => c.Title == about);
                Assert.True(conversation is not null && conversation.Concerns(notice.RecipientUpn), $"{day}: {notice.RecipientUpn} reminded about «{about}»");
            }
        }
    }

    /// <summary>A person's export holds the forms of their designed conversations, no other.</summary>
    private static async Task AssertExportAsync(JobsFixture fixture, IReadOnlyList<RegisteredConversation> design, string person)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"innsyn-{Guid.NewGuid():N}");
        try
        {
            var result = await fixture.Get<AccessExport>().RunAsync(new AccessExportRequest(fixture.Scope, person, "H2026", folder, fixture.Clock.Now), null, CancellationToken.None);
            var mine = design.Where(c => c.Concerns(person) && c.Form is not null).Select(c => c.Form!.Id).Order().ToList();
            var exported = Directory.Exists(Path.Combine(folder, "skjema")) ? Directory.GetFiles(Path.Combine(folder, "skjema")).Length : 0;
            Assert.Equal(mine.Count, result.Forms);
            Assert.Equal(mine.Count, exported);
        }
        catch (InvalidOperationException) when (design.All(c => !c.Concerns(person)))
        {
            // Someone the round does not know has nothing to export (and may be refused outright).
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Every person's rights on every form, folder, measure and conversation item are exactly the designed ones.</summary>
    private static async Task<int> AssertAccessAsync(JobsFixture fixture, Routine routine, IReadOnlyList<RegisteredConversation> registered, string role)
    {
        var checks = 0;
        var permissions = fixture.Get<PermissionClient>();
        var lists = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var list in new[] { Forms(fixture), Measures(fixture), Conversations(fixture) })
        {
            lists[list] = await fixture.ListIdAsync(list);
        }

        foreach (var conversation in registered)
        {
            var (status, classification, _) = routine.Of(conversation.Key);
            var archived = status == "Arkivert";
            var custodiansRead = archived && classification == "Konfidensielt";
            var targets = new List<(string List, int Id, Func<string, Right> Expected)>
            {
                (Forms(fixture), conversation.Form!.Id, p => conversation.Concerns(p) ? (archived ? Right.Read : Right.Edit) : p == Per && custodiansRead ? Right.Read : Right.None),
                (Measures(fixture), conversation.Folder!.Id, Folder),
                (Conversations(fixture), conversation.Conversation!.Id, p => p == conversation.HolderUpn || p == Kari ? Right.Edit : p == conversation.PartnerUpn ? Right.Read : Right.None),
            };
            targets.AddRange(conversation.Measures.Select(m => (Measures(fixture), m.Id, (Func<string, Right>)Folder)));
            foreach (var (list, id, expected) in targets)
            {
                foreach (var person in People)
                {
                    var granted = await permissions.GetUserEffectivePermissionsAsync(SecurableScope.Item(fixture.RoundSite, lists[list], id), person, CancellationToken.None);
                    var actual = granted.Has(PermissionKind.EditListItems) ? Right.Edit : granted.Has(PermissionKind.ViewListItems) ? Right.Read : Right.None;
                    Assert.True(actual == expected(person), $"after {role}: {person} has {actual} on {list} {id} of {conversation.Key}, designed {expected(person)}");
                    Assert.True(person == Kari && list == Conversations(fixture) || !granted.Has(PermissionKind.DeleteListItems), $"{person} may delete {list} {id}");
                    checks++;
                }
            }

            Right Folder(string p) => p == conversation.HolderUpn ? Right.Edit : p == conversation.PartnerUpn ? Right.Read : p == Per && custodiansRead ? Right.Read : Right.None;
        }

        return checks;
    }

    private enum Right
    {
        None,
        Read,
        Edit,
    }
}
