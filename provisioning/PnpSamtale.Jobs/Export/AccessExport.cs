using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Text;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Files;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Jobs.Export;

/// <summary>What to export for a right-of-access request.</summary>
/// <param name="Scope">Blueprint, tenant and routines.</param>
/// <param name="Person">The person's UPN.</param>
/// <param name="Round">The round, e.g. <c>H2026</c>.</param>
/// <param name="OutputDirectory">Where to write; created if missing, must be empty if it exists.</param>
/// <param name="Now">The moment of the export.</param>
public sealed record AccessExportRequest(JobScope Scope, string Person, string Round, string OutputDirectory, DateTimeOffset Now);

/// <summary>What an export wrote.</summary>
/// <param name="Directory">The output directory.</param>
/// <param name="Conversations">Conversations the person is part of.</param>
/// <param name="Forms">Form files written.</param>
/// <param name="Measures">Measures listed.</param>
/// <param name="Notices">Notices sent to the person.</param>
/// <param name="LogEntries">Audit entries of the round.</param>
public sealed record AccessExportResult(string Directory, int Conversations, int Forms, int Measures, int Notices, int LogEntries);

/// <summary>
/// Answers a right-of-access request (GDPR art. 15) in one step: everything the product holds about one person in
/// one round — the conversations they are part of, each form (the file itself and its status, classification and
/// confirmation), the measures, the reminders sent to them, and the round's audit entries — written to a folder as
/// the files plus <c>innsyn.json</c> and a short <c>LES-MEG.txt</c>. The export itself is logged (counts only), once.
/// </summary>
public sealed class AccessExport(SiteContentReader reader, FileClient files, KeyedItemClient keyedItems)
{
    /// <summary>The <c>Logg</c> event of an export.</summary>
    public const string ExportEvent = LogEvents.Exported;

    /// <summary>Writes the export.</summary>
    /// <exception cref="InvalidOperationException">The round is unknown, the person is not known in it, or the output directory is not empty.</exception>
    public async Task<AccessExportResult> RunAsync(AccessExportRequest request, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = request.Scope;
        var person = request.Person.Trim().ToLowerInvariant();
        if (Directory.Exists(request.OutputDirectory) && Directory.EnumerateFileSystemEntries(request.OutputDirectory).Any())
        {
            throw new InvalidOperationException($"--out: {request.OutputDirectory} is not empty; choose a new folder so nothing is overwritten.");
        }

        var noticesList = scope.AdminList(ListRole.Notices);
        var logList = scope.AdminList(ListRole.Log);
        var admin = await AdminState.ReadAsync(reader, scope,
        [
            new ListRead(noticesList, [Fields.NoticeKey, Fields.Round, Fields.NoticeDate, Fields.NoticeType], $"{Fields.Recipient} eq {ItemFilter.Text(person)}"),
            new ListRead(logList, [Fields.Title, Fields.LogEvent, Fields.JobRun, Fields.LoggedAt, Fields.Count, Fields.Details, Fields.Checksum], $"{Fields.Round} eq {ItemFilter.Text(request.Round)}"),
        ], cancellationToken).ConfigureAwait(false);
        var round = admin.Rounds.FirstOrDefault(r => string.Equals(r.Term, request.Round, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"The rounds registry has no round {request.Round}.");
        progress?.Report($"{round.Term}: leser {round.Site.AbsoluteUri}");
        var content = await RoundContent.ReadAsync(reader, scope, round, cancellationToken).ConfigureAwait(false);

        // The person's conversations are those the register (owners only) gives them, with the items it names.
        var conversations = content.Registered.Where(r => r.Concerns(person)).ToList();
        var forms = conversations.Where(r => r.Form is not null).ToList();
        var measures = conversations.SelectMany(r => r.Measures.Select(m => (Conversation: r, Measure: m))).ToList();
        var notices = admin.Content.Items(noticesList).Where(n => string.Equals(n.GetString(Fields.Round), round.Term, StringComparison.OrdinalIgnoreCase)).ToList();
        var log = admin.Content.Items(logList);

        // An address nobody in the round answers to is most often a typo: say so, and neither write nor log an export.
        if (conversations.Count == 0 && notices.Count == 0 && admin.Person(person) is null)
        {
            throw new InvalidOperationException(
                $"{person} is not known in round {round.Term}: not in the roster (Verv), in none of its conversations and sent no notice; check the address. Nothing was written or logged.");
        }

        Directory.CreateDirectory(Path.Combine(request.OutputDirectory, "skjema"));
        var library = round.Site.AbsolutePath.TrimEnd('/') + "/" + content.FormsList;
        foreach (var form in forms.Select(r => r.Form!))
        {
            var name = form.GetString(Fields.FileName) ?? $"skjema-{form.Id}.docx";
            progress?.Report($"Henter {name}");
            var bytes = await files.DownloadAsync(round.Site, form.GetString("FileRef") ?? library + "/" + name, cancellationToken).ConfigureAwait(false);
            await File.WriteAllBytesAsync(Path.Combine(request.OutputDirectory, "skjema", name), bytes.ToArray(), cancellationToken).ConfigureAwait(false);
        }

        var document = new JsonObject
        {
            ["person"] = person,
            ["round"] = round.Term,
            ["exportedAt"] = OsloTime.ToOslo(request.Now).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["conversations"] = new JsonArray([.. conversations.Select(c => (JsonNode)Conversation(content, c, person))]),
            ["forms"] = new JsonArray([.. forms.Select(f => (JsonNode)Form(content, f, request.Now))]),
            ["measures"] = new JsonArray([.. measures.Select(m => (JsonNode)Measure(content, m.Conversation, m.Measure))]),
            ["notices"] = new JsonArray([.. notices.Select(n => (JsonNode)new JsonObject
            {
                ["key"] = n.GetString(Fields.NoticeKey),
                ["date"] = Iso(admin.Content.Day(n, Fields.NoticeDate)),
                ["type"] = n.GetString(Fields.NoticeType),
            })]),
            ["auditLog"] = new JsonArray([.. log.Select(l => (JsonNode)new JsonObject
            {
                ["event"] = l.GetString(Fields.LogEvent),
                ["title"] = l.GetString(Fields.Title),
                ["jobRun"] = l.GetString(Fields.JobRun),
                ["at"] = l.GetDateTime(Fields.LoggedAt)?.ToString("O", CultureInfo.InvariantCulture),
                ["count"] = l.GetString(Fields.Count),
                ["details"] = l.GetString(Fields.Details),
                ["sha256"] = l.GetString(Fields.Checksum),
            })]),
        };
        await File.WriteAllTextAsync(Path.Combine(request.OutputDirectory, "innsyn.json"),
            document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), cancellationToken).ConfigureAwait(false);
        var result = new AccessExportResult(request.OutputDirectory, conversations.Count, forms.Count, measures.Count, notices.Count, log.Count);
        await File.WriteAllTextAsync(Path.Combine(request.OutputDirectory, "LES-MEG.txt"), Readme(person, round.Term, request.Now, result), cancellationToken).ConfigureAwait(false);

        var exported = forms.Select(f => f.Key).Concat(measures.Select(m => RoundDesigner.MeasureKey(m.Conversation.Key, m.Measure.Id)));
        // Added by its key (one per export): a lost answer is settled by finding the entry, never by a second one.
        await AuditLog.WriteAsync(keyedItems, scope, admin, new AuditEntry(
            $"Innsyn {round.Term} {OsloTime.Day(request.Now):yyyy-MM-dd}", ExportEvent, round.Term, Guid.NewGuid(), request.Now, forms.Count + measures.Count,
            $"Samtaler: {conversations.Count}; Skjema: {forms.Count}; Tiltak: {measures.Count}; Varsler: {notices.Count}", AuditLog.Checksum(exported)), cancellationToken).ConfigureAwait(false);

        return result;
    }

    private static JsonObject Conversation(RoundContent content, RegisteredConversation r, string person) => new()
    {
        ["key"] = r.Key,
        ["title"] = r.Conversation?.GetString(Fields.Title),
        ["yourPart"] = string.Equals(r.HolderUpn, person, StringComparison.OrdinalIgnoreCase) ? "samtaleansvarlig" : "samtalepartner",
        ["holder"] = r.HolderUpn,
        ["partner"] = r.PartnerUpn,
        ["partnerRole"] = r.PartnerRole,
        ["inRound"] = r.InRound,
        ["deadline"] = r.Conversation is { } c ? Iso(content.Content.Day(c, Fields.Deadline)) : null,
        ["scheduled"] = r.Conversation?.GetDateTime(Fields.Scheduled)?.ToString("O", CultureInfo.InvariantCulture),
        ["held"] = r.Conversation is { } h ? Iso(content.Content.Day(h, Fields.Held)) : null,
    };

    private static JsonObject Form(RoundContent content, RegisteredConversation r, DateTimeOffset now)
    {
        var hold = content.HoldOn(r.Key, OsloTime.Day(now));
        return new JsonObject
        {
            ["file"] = "skjema/" + r.Form!.GetString(Fields.FileName),
            ["conversationKey"] = r.Key,
            ["holder"] = r.HolderUpn,
            ["partner"] = r.PartnerUpn,
            ["status"] = PnpSamtale.Core.Policies.FormStages.Title(r.Accepted.Stage),
            ["classification"] = r.Accepted.Classification,
            ["sentOn"] = Iso(r.Accepted.SentOn),
            ["confirmed"] = r.Accepted.Confirmed,
            ["confirmedOn"] = Iso(r.Accepted.ConfirmedOn),
            ["termEnd"] = Iso(r.TermEnd),
            ["legalHold"] = hold is not null,
            ["legalHoldReason"] = hold?.Reason,
        };
    }

    private static JsonObject Measure(RoundContent content, RegisteredConversation r, ListItem m) => new()
    {
        ["key"] = RoundDesigner.MeasureKey(r.Key, m.Id),
        ["conversationKey"] = r.Key,
        ["title"] = m.GetString(Fields.Title),
        ["description"] = m.GetString(Fields.Description),
        ["deadline"] = Iso(content.Content.Day(m, Fields.MeasureDeadline)),
        ["status"] = m.GetString(Fields.MeasureStatus),
        ["termEnd"] = Iso(r.TermEnd),
    };

    private static string? Iso(DateOnly? day) => day is { } d ? NorwegianDates.Iso(d) : null;

    private static string Readme(string person, string round, DateTimeOffset now, AccessExportResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Innsyn for {person} i runde {round}, eksportert {NorwegianDates.LongDate(OsloTime.Day(now))}.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- {NorwegianNouns.Conversation.Count(result.Conversations)} personen er part i (innsyn.json: conversations)");
        text.AppendLine(CultureInfo.InvariantCulture, $"- {result.Forms} samtaleskjema, filene ligger i mappen skjema/ (status, gradering og bekreftelse i innsyn.json: forms)");
        text.AppendLine(CultureInfo.InvariantCulture, $"- {result.Measures} tiltak (innsyn.json: measures)");
        text.AppendLine(CultureInfo.InvariantCulture, $"- {NorwegianNouns.Notice.Count(result.Notices)} sendt til personen (innsyn.json: notices)");
        text.AppendLine(CultureInfo.InvariantCulture, $"- {NorwegianNouns.LogEntry.Count(result.LogEntries)} for runden, f.eks. makuleringskvitteringer (innsyn.json: auditLog)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Right of access export for {person}, round {round}: the forms are in skjema/, everything else in innsyn.json.");
        return text.ToString();
    }
}
