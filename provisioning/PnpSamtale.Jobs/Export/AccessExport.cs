using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Text;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Provisioning.Blueprints;
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
/// the files plus <c>innsyn.json</c> and a short <c>LES-MEG.txt</c>. The export itself is logged (counts only).
/// </summary>
public sealed class AccessExport(SiteContentReader reader, FileClient files, ItemClient items)
{
    /// <summary>The <c>Logg</c> event of an export.</summary>
    public const string ExportEvent = "Innsyn eksportert";

    /// <summary>Writes the export.</summary>
    /// <exception cref="InvalidOperationException">The round is unknown, or the output directory is not empty.</exception>
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

        bool Concerns(ListItem item) =>
            string.Equals(content.Content.Person(item, Fields.Holder), person, StringComparison.OrdinalIgnoreCase)
            || string.Equals(content.Content.Person(item, Fields.Partner), person, StringComparison.OrdinalIgnoreCase);
        var conversations = content.Conversations.Where(Concerns).ToList();
        var keys = conversations.Select(c => c.GetString(Fields.ConversationKey)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var forms = content.Forms.Where(f => Concerns(f) || keys.Contains(f.GetString(Fields.ConversationKey) ?? string.Empty)).ToList();
        var measures = content.Measures.Where(m => Concerns(m) || keys.Contains(m.GetString(Fields.ConversationKey) ?? string.Empty)).ToList();
        var notices = admin.Content.Items(noticesList).Where(n => string.Equals(n.GetString(Fields.Round), round.Term, StringComparison.OrdinalIgnoreCase)).ToList();
        var log = admin.Content.Items(logList);

        Directory.CreateDirectory(Path.Combine(request.OutputDirectory, "skjema"));
        var library = round.Site.AbsolutePath.TrimEnd('/') + "/" + content.FormsList;
        foreach (var form in forms)
        {
            var name = form.GetString(Fields.FileName) ?? $"skjema-{form.Id}.docx";
            progress?.Report($"Henter {name}");
            var bytes = await files.DownloadAsync(round.Site, library + "/" + name, cancellationToken).ConfigureAwait(false);
            await File.WriteAllBytesAsync(Path.Combine(request.OutputDirectory, "skjema", name), bytes.ToArray(), cancellationToken).ConfigureAwait(false);
        }

        var document = new JsonObject
        {
            ["person"] = person,
            ["round"] = round.Term,
            ["exportedAt"] = OsloTime.ToOslo(request.Now).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["conversations"] = new JsonArray([.. conversations.Select(c => (JsonNode)Conversation(content, c, person))]),
            ["forms"] = new JsonArray([.. forms.Select(f => (JsonNode)Form(content, f))]),
            ["measures"] = new JsonArray([.. measures.Select(m => (JsonNode)Measure(content, m))]),
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

        var exported = forms.Select(f => f.GetString(Fields.ConversationKey)).Concat(measures.Select(m => m.GetString(Fields.MeasureKey))).OfType<string>();
        await AuditLog.WriteAsync(items, scope, admin, new AuditEntry(
            $"Innsyn {round.Term} {OsloTime.Day(request.Now):yyyy-MM-dd}", ExportEvent, round.Term, Guid.NewGuid(), request.Now, forms.Count + measures.Count,
            $"Samtaler: {conversations.Count}; Skjema: {forms.Count}; Tiltak: {measures.Count}; Varsler: {notices.Count}", AuditLog.Checksum(exported)), cancellationToken).ConfigureAwait(false);

        return result;
    }

    private static JsonObject Conversation(RoundContent content, ListItem c, string person) => new()
    {
        ["key"] = c.GetString(Fields.ConversationKey),
        ["title"] = c.GetString(Fields.Title),
        ["yourPart"] = string.Equals(content.Content.Person(c, Fields.Holder), person, StringComparison.OrdinalIgnoreCase) ? "samtaleansvarlig" : "samtalepartner",
        ["holder"] = content.Content.Person(c, Fields.Holder),
        ["partner"] = content.Content.Person(c, Fields.Partner),
        ["partnerRole"] = c.GetString(Fields.PartnerRole),
        ["deadline"] = Iso(content.Content.Day(c, Fields.Deadline)),
        ["scheduled"] = c.GetDateTime(Fields.Scheduled)?.ToString("O", CultureInfo.InvariantCulture),
        ["held"] = Iso(content.Content.Day(c, Fields.Held)),
    };

    private static JsonObject Form(RoundContent content, ListItem f) => new()
    {
        ["file"] = "skjema/" + f.GetString(Fields.FileName),
        ["conversationKey"] = f.GetString(Fields.ConversationKey),
        ["holder"] = content.Content.Person(f, Fields.Holder),
        ["partner"] = content.Content.Person(f, Fields.Partner),
        ["status"] = f.GetString(Fields.FormStatus),
        ["classification"] = f.GetString(Fields.Classification),
        ["sentOn"] = Iso(content.Content.Day(f, Fields.SentOn)),
        ["confirmed"] = f.GetBoolean(Fields.Confirmed) == true,
        ["confirmedOn"] = Iso(content.Content.Day(f, Fields.ConfirmedOn)),
        ["termEnd"] = Iso(content.Content.Day(f, Fields.TermEnd)),
        ["legalHold"] = f.GetBoolean(Fields.LegalHold) == true,
        ["legalHoldReason"] = f.GetString(Fields.LegalHoldReason),
    };

    private static JsonObject Measure(RoundContent content, ListItem m) => new()
    {
        ["key"] = m.GetString(Fields.MeasureKey),
        ["conversationKey"] = m.GetString(Fields.ConversationKey),
        ["deadline"] = Iso(content.Content.Day(m, Fields.MeasureDeadline)),
        ["status"] = m.GetString(Fields.MeasureStatus),
        ["termEnd"] = Iso(content.Content.Day(m, Fields.TermEnd)),
        ["legalHold"] = m.GetBoolean(Fields.LegalHold) == true,
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
