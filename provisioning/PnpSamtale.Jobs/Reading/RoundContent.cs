using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Reminders;
using PnpSamtale.Core.Routines;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Jobs.Reading;

/// <summary>
/// A round site as the jobs read it (one <c>$batch</c>, then id windows): the steps, the register and the holds (owners
/// only: what the jobs trust), and the conversations, forms and measures the register's ids point at.
/// </summary>
public sealed class RoundContent
{
    private RoundContent(RoundEntry round, JobScope scope, SiteContent content)
    {
        Round = round;
        Content = content;
        StepsList = scope.RoundList(ListRole.Steps);
        ConversationsList = scope.RoundList(ListRole.Conversations);
        FormsList = scope.RoundList(ListRole.Forms);
        MeasuresList = scope.RoundList(ListRole.Measures);
        RegisterList = scope.RoundList(ListRole.Register);
        HoldsList = scope.RoundList(ListRole.Holds);
        Registered = [.. ReadRegister()];
        Holds = [.. ReadHolds()];
    }

    /// <summary>The round.</summary>
    public RoundEntry Round { get; }

    /// <summary>What was read.</summary>
    public SiteContent Content { get; }

    /// <summary>The steps list's title.</summary>
    public string StepsList { get; }

    /// <summary>The conversations list's title.</summary>
    public string ConversationsList { get; }

    /// <summary>The forms library's title.</summary>
    public string FormsList { get; }

    /// <summary>The measures list's title.</summary>
    public string MeasuresList { get; }

    /// <summary>The register's title.</summary>
    public string RegisterList { get; }

    /// <summary>The holds list's title.</summary>
    public string HoldsList { get; }

    /// <summary>Every conversation in the register, with its items.</summary>
    public IReadOnlyList<RegisteredConversation> Registered { get; }

    /// <summary>Every legal hold, lifted ones included.</summary>
    public IReadOnlyList<LegalHold> Holds { get; }

    /// <summary>The forms (every item of the library).</summary>
    public IReadOnlyList<ListItem> Forms => Content.Items(FormsList);

    /// <summary>The measures list's items, folders included.</summary>
    public IReadOnlyList<ListItem> MeasureItems => Content.Items(MeasuresList);

    /// <summary>The hold on a conversation on <paramref name="day"/>, if any.</summary>
    public LegalHold? HoldOn(string key, DateOnly day) => Holds.FirstOrDefault(h => h.Names(key) && h.HoldsOn(day));

    /// <summary>
    /// The holds in force on <paramref name="day"/> that name no conversation in the register (a mistyped key, or none):
    /// what they were meant to hold cannot be known, so nothing of the round may be destroyed while there are any.
    /// </summary>
    public IReadOnlyList<LegalHold> UnmatchedHolds(DateOnly day) =>
        [.. Holds.Where(h => h.HoldsOn(day) && !Registered.Any(r => h.Names(r.Key)))];

    /// <summary>Wraps what was read (tests build it from fabricated items).</summary>
    internal static RoundContent From(JobScope scope, RoundEntry round, SiteContent content) => new(round, scope, content);

    /// <summary>Reads a round site.</summary>
    public static async Task<RoundContent> ReadAsync(SiteContentReader reader, JobScope scope, RoundEntry round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(round);
        var content = await reader.ReadAsync(round.Site,
        [
            new ListRead(scope.RoundList(ListRole.Steps), [Fields.StepNumber, Fields.StepStatus, Fields.Done]),
            new ListRead(scope.RoundList(ListRole.Conversations), [Fields.Title, Fields.Deadline, Fields.Scheduled, Fields.Held]),
            new ListRead(scope.RoundList(ListRole.Forms), [Fields.FileName, "FileRef"]),
            new ListRead(scope.RoundList(ListRole.Measures),
                [Fields.Title, Fields.Description, Fields.MeasureDeadline, Fields.MeasureStatus, "FileRef", "FileDirRef", "FSObjType"]),
            new ListRead(scope.RoundList(ListRole.Register), [Fields.Title, .. Provisioning.Schema.RegisterList.Schema.Columns.Select(c => c.ReadName)]),
            new ListRead(scope.RoundList(ListRole.Holds), [.. Provisioning.Schema.HoldsList.Schema.Columns.Select(c => c.ReadName)]),
        ], cancellationToken).ConfigureAwait(false);
        return new RoundContent(round, scope, content);
    }

    /// <summary>
    /// The facts the reminder planner works on: the conversations the design still has, as the register says them, with
    /// the deadlines of the round's <paramref name="plan"/> (a <c>Frist</c> in the round site is a copy a holder can edit).
    /// </summary>
    public RoundFacts Facts(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var conversationDeadlines = plan.Conversations.ToDictionary(c => c.Conversation.Key, c => c.Window.Latest, StringComparer.Ordinal);
        var steps = new List<StepFacts>();
        foreach (var i in Content.Items(StepsList))
        {
            if (StepId.TryParse(i.GetString(Fields.StepNumber), out var id))
            {
                steps.Add(new StepFacts(
                    id,
                    plan.Find(id)?.Window.Latest,
                    i.GetString(Fields.StepStatus) is "Utført" or "Utgår" || i.GetDateTime(Fields.Done) is not null,
                    Content.ItemLink(StepsList, i.Id)));
            }
        }

        var conversations = new List<ConversationFacts>();
        var measures = new List<MeasureFacts>();
        foreach (var r in Registered.Where(r => r.InRound && r.HolderUpn is not null && r.PartnerUpn is not null && r.Conversation is not null))
        {
            var c = r.Conversation!;
            var accepted = r.Accepted;
            conversations.Add(new ConversationFacts(
                r.Key,
                r.Title,
                r.HolderUpn!,
                r.PartnerUpn!,
                conversationDeadlines.GetValueOrDefault(r.Key),
                c.GetDateTime(Fields.Scheduled) is not null,
                Content.Day(c, Fields.Held),
                accepted.Stage,
                accepted.SentOn,
                accepted.Confirmed || accepted.Stage >= FormStage.Confirmed,
                accepted.ConfirmedOn,
                Content.ItemLink(ConversationsList, c.Id),
                r.Form is null ? null : Content.ItemLink(FormsList, r.Form.Id)));
            measures.AddRange(r.Measures.Select(m => new MeasureFacts(
                RoundDesigner.MeasureKey(r.Key, m.Id),
                r.Key,
                Content.Day(m, Fields.MeasureDeadline),
                m.GetString(Fields.MeasureStatus) is "Fulgt opp" or "Utgår",
                Content.ItemLink(MeasuresList, m.Id))));
        }

        return new RoundFacts(Round.Term, plan.Routine, steps, conversations, measures);
    }

    private IEnumerable<RegisteredConversation> ReadRegister()
    {
        var conversations = Content.Items(ConversationsList).ToDictionary(i => i.Id);
        var forms = Forms.ToDictionary(i => i.Id);
        var measureItems = MeasureItems.ToDictionary(i => i.Id);
        var regional = Content.Regional;
        foreach (var entry in Content.Items(RegisterList))
        {
            if (Provisioning.Schema.RegisterList.Key.Read(entry) is not { } key)
            {
                continue;
            }

            var folder = Provisioning.Schema.RegisterList.MeasuresFolder.ReadInt(entry) is { } folderId ? measureItems.GetValueOrDefault(folderId) : null;
            var path = folder?.GetString("FileRef")?.TrimEnd('/');
            yield return new RegisteredConversation(
                key,
                Content.Person(entry, Fields.Holder),
                Content.Person(entry, Fields.Partner),
                Provisioning.Schema.RegisterList.PartnerRole.Read(entry),
                Provisioning.Schema.RegisterList.InRound.Read(entry) == true,
                new AcceptedFormValues(
                    FormStages.Parse(Provisioning.Schema.RegisterList.Status.Read(entry)),
                    Provisioning.Schema.RegisterList.Classification.Read(entry),
                    Provisioning.Schema.RegisterList.Confirmed.Read(entry) == true,
                    Provisioning.Schema.RegisterList.SentOn.Read(entry, regional),
                    Provisioning.Schema.RegisterList.ConfirmedOn.Read(entry, regional)),
                Provisioning.Schema.RegisterList.TermEnd.Read(entry, regional))
            {
                Title = entry.GetString(Fields.Title) ?? key,
                Conversation = Provisioning.Schema.RegisterList.ConversationItem.ReadInt(entry) is { } c ? conversations.GetValueOrDefault(c) : null,
                Form = Provisioning.Schema.RegisterList.FormItem.ReadInt(entry) is { } f ? forms.GetValueOrDefault(f) : null,
                Folder = folder,
                Measures = path is null ? [] : [.. MeasureItems.Where(m => m.GetInt32("FSObjType") != 1 && IsUnder(m.GetString("FileDirRef"), path))],
            };
        }
    }

    private IEnumerable<LegalHold> ReadHolds()
    {
        // A hold without a key is kept (as naming nothing), not skipped: it is the OU's intent to hold something.
        foreach (var hold in Content.Items(HoldsList))
        {
            yield return new LegalHold(
                Provisioning.Schema.HoldsList.ConversationKey.Read(hold) ?? string.Empty,
                Provisioning.Schema.HoldsList.Reason.Read(hold) ?? "Annet",
                Provisioning.Schema.HoldsList.Released.Read(hold, Content.Regional)) { ItemId = hold.Id };
        }
    }

    /// <summary>Whether a folder path is <paramref name="folder"/> or below it.</summary>
    internal static bool IsUnder(string? directory, string folder)
    {
        var path = directory?.TrimEnd('/') ?? string.Empty;
        return string.Equals(path, folder, StringComparison.OrdinalIgnoreCase) || path.StartsWith(folder + "/", StringComparison.OrdinalIgnoreCase);
    }
}
