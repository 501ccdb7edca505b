namespace PnpSamtale.Provisioning.Blueprints;

/// <summary>
/// The internal names the code reads and writes. The blueprint may add columns freely, but these must exist with
/// these types (the loader checks); they never change once a round exists, as jobs and views filter on them.
/// </summary>
public static class Fields
{
    /// <summary>Every list: the built-in title.</summary>
    public const string Title = "Title";

    /// <summary>Every list: when the item was last changed (SharePoint sets it).</summary>
    public const string Modified = "Modified";

    /// <summary>Libraries: the file name.</summary>
    public const string FileName = "FileLeafRef";

    /// <summary><c>Runder</c>, <c>Logg</c>, <c>Varsler</c>: the round (term), e.g. <c>H2026</c>.</summary>
    public const string Round = "SamtaleRunde";

    /// <summary><c>Runder</c>: the routine id.</summary>
    public const string Routine = "Rutine";

    /// <summary><c>Runder</c>: the round site's URL.</summary>
    public const string SiteUrl = "Nettsted";

    /// <summary><c>Runder</c>: the round's state.</summary>
    public const string RoundState = "Tilstand";

    /// <summary><c>Runder</c>: the first day of the round.</summary>
    public const string RoundStart = "Rundestart";

    /// <summary><c>Runder</c>: the latest deadline of the round.</summary>
    public const string RoundEnd = "Rundeslutt";

    /// <summary><c>Runder</c>: the number of conversations.</summary>
    public const string ConversationCount = "Samtaleantall";

    /// <summary><c>Runder</c>: when permissions were last reconciled (ISO 8601, UTC).</summary>
    public const string LastReconciled = "SistAvstemt";

    /// <summary><c>Runder</c>: the dates set at round start (<c>1.2=2026-11-09;5.1=2026-12-03</c>).</summary>
    public const string SetDates = "SatteDatoer";

    /// <summary><c>Runder</c>: whether the next round of this routine starts by itself at the routine's cadence.</summary>
    public const string Autostart = "Autostart";

    /// <summary><c>Runder</c>: the run holding the round's lease (its id); empty when no run holds it.</summary>
    public const string LeaseRun = "Laaskjoring";

    /// <summary><c>Runder</c>: who holds the lease: the host kind and the machine (never a person's name).</summary>
    public const string LeaseHolder = "Laasholder";

    /// <summary><c>Runder</c>: when the lease was taken.</summary>
    public const string LeaseSince = "LaastFra";

    /// <summary><c>Runder</c>: when the lease expires unless renewed (a killed run's lease is free from then on).</summary>
    public const string LeaseUntil = "LaastTil";

    /// <summary><c>Verv</c>: the key of a role assignment (upn/role/campus).</summary>
    public const string RosterKey = "Vervnokkel";

    /// <summary><c>Verv</c>: the person.</summary>
    public const string RosterPerson = "Vervperson";

    /// <summary><c>Verv</c>: the role abbreviation.</summary>
    public const string Role = "Rolle";

    /// <summary><c>Verv</c>, <c>Samtaler</c>: the campus.</summary>
    public const string Campus = "Campus";

    /// <summary><c>Verv</c>: whom the role represents.</summary>
    public const string Representing = "Representerer";

    /// <summary><c>Verv</c>: the person's preferred language for mail (<c>nb</c> or <c>en</c>).</summary>
    public const string Language = "Sprak";

    /// <summary><c>Verv</c>: the term's first day.</summary>
    public const string TermStart = "Periodestart";

    /// <summary><c>Verv</c>, <c>Samtaleskjema</c>, <c>Tiltak</c>: the end of the partner's elected term.</summary>
    public const string TermEnd = "Periodeslutt";

    /// <summary><c>Verv</c>: the person's manager, for routines whose holder is the partner's manager.</summary>
    public const string Manager = "Leder";

    /// <summary><c>Verv</c>: who holds the person's conversation in the manager's place, if delegated.</summary>
    public const string Delegate = "Stedfortreder";

    /// <summary><c>Verv</c>: the person's staff category (which form and questions they get).</summary>
    public const string Category = "Kategori";

    /// <summary><c>Aktiviteter</c>, <c>Samtaler</c>: the step number.</summary>
    public const string StepNumber = "Stegnummer";

    /// <summary><c>Aktiviteter</c>: the phase.</summary>
    public const string Phase = "Fase";

    /// <summary><c>Aktiviteter</c>: who is responsible, as the routine says it.</summary>
    public const string Responsible = "Ansvarlig";

    /// <summary><c>Aktiviteter</c>, <c>Samtaler</c>: the window's first day.</summary>
    public const string Earliest = "Tidligst";

    /// <summary><c>Aktiviteter</c>, <c>Samtaler</c>: the deadline.</summary>
    public const string Deadline = "Frist";

    /// <summary><c>Aktiviteter</c>: how the deadline was computed.</summary>
    public const string Explanation = "Forklaring";

    /// <summary><c>Aktiviteter</c>: the step's status.</summary>
    public const string StepStatus = "Stegstatus";

    /// <summary><c>Aktiviteter</c>: the day the step was done.</summary>
    public const string Done = "Utfort";

    /// <summary><c>Samtaler</c>, <c>Samtaleskjema</c>, <c>Tiltak</c>: the conversation key.</summary>
    public const string ConversationKey = "Samtalenokkel";

    /// <summary><c>Samtaler</c>, <c>Samtaleskjema</c>, <c>Tiltak</c>: the conversation holder.</summary>
    public const string Holder = "Samtaleansvarlig";

    /// <summary><c>Samtaler</c>, <c>Samtaleskjema</c>, <c>Tiltak</c>: the conversation partner.</summary>
    public const string Partner = "Samtalepartner";

    /// <summary><c>Samtaler</c>: the role that makes the partner part of the step.</summary>
    public const string PartnerRole = "Partnerrolle";

    /// <summary><c>Samtaler</c>: the agreed time.</summary>
    public const string Scheduled = "Avtalt";

    /// <summary><c>Samtaler</c>: the day the conversation was held.</summary>
    public const string Held = "Gjennomfort";

    /// <summary><c>Samtaleskjema</c>, <c>Tiltak</c>: the form's status.</summary>
    public const string FormStatus = "Skjemastatus";

    /// <summary><c>Samtaleskjema</c>, <c>Tiltak</c>: the classification.</summary>
    public const string Classification = "Gradering";

    /// <summary><c>Samtaleskjema</c>: the day the form was sent to the partner (stamped by the reminder job).</summary>
    public const string SentOn = "Sendtdato";

    /// <summary><c>Samtaleskjema</c>: whether the partner confirmed the form (2.5).</summary>
    public const string Confirmed = "Bekreftet";

    /// <summary><c>Samtaleskjema</c>: the day of the confirmation.</summary>
    public const string ConfirmedOn = "Bekreftetdato";

    /// <summary><c>Tilbakehold</c>: why the conversation is on hold (a category, never free text).</summary>
    public const string LegalHoldReason = "Tilbakeholdsgrunn";

    /// <summary><c>Tilbakehold</c>: a note for the OU.</summary>
    public const string Note = "Merknad";

    /// <summary><c>Tilbakehold</c>: the day the hold was released.</summary>
    public const string Released = "Opphevet";

    /// <summary><c>Tiltak</c>: what was agreed.</summary>
    public const string Description = "Beskrivelse";

    /// <summary><c>Samtaleregister</c>: whether the current design still has the conversation.</summary>
    public const string InRound = "IRunden";

    /// <summary><c>Samtaleregister</c>: the conversation item's id.</summary>
    public const string ConversationItem = "Samtaleelement";

    /// <summary><c>Samtaleregister</c>: the form's item id.</summary>
    public const string FormItem = "Skjemaelement";

    /// <summary><c>Samtaleregister</c>: the measures folder's item id.</summary>
    public const string MeasuresFolder = "Tiltaksmappe";

    /// <summary><c>Tiltak</c>: the measure's key.</summary>
    public const string MeasureKey = "Tiltaksnokkel";

    /// <summary><c>Tiltak</c>: the measure's deadline (set in 2.3).</summary>
    public const string MeasureDeadline = "Tiltaksfrist";

    /// <summary><c>Tiltak</c>: the measure's status.</summary>
    public const string MeasureStatus = "Tiltaksstatus";

    /// <summary><c>Logg</c>: what happened (a choice: <c>Skjema makulert</c>, <c>Innsyn eksportert</c>, …).</summary>
    public const string LogEvent = "Hendelse";

    /// <summary><c>Logg</c>: the entry's key (unique): a write that is repeated finds its entry instead of adding a second.</summary>
    public const string LogKey = "Loggnokkel";

    /// <summary><c>Logg</c>: the id of the job run that wrote the entry.</summary>
    public const string JobRun = "Jobbkjoring";

    /// <summary><c>Logg</c>: when.</summary>
    public const string LoggedAt = "Tidspunkt";

    /// <summary><c>Logg</c>: how many items the entry is about.</summary>
    public const string Count = "Antall";

    /// <summary><c>Logg</c>: counts by category; never names, titles or content.</summary>
    public const string Details = "Detaljer";

    /// <summary><c>Logg</c>: a SHA-256 (hex) over the sorted keys of the items the entry is about.</summary>
    public const string Checksum = "Sjekksum";

    /// <summary><c>Logg</c>: a deletion receipt's state (a choice: <c>Påbegynt</c> before the first delete, <c>Fullført</c> once verified).</summary>
    public const string LogState = "Loggtilstand";

    /// <summary><c>Logg</c>: how many items a deletion receipt set out to destroy.</summary>
    public const string Planned = "Planlagt";

    /// <summary><c>Logg</c>: the SHA-256 over the keys of what a deletion receipt set out to destroy.</summary>
    public const string PlannedChecksum = "PlanlagtSjekksum";

    /// <summary><c>Logg</c>: how the SHA-256 of a receipt is computed, in words.</summary>
    public const string ChecksumRecipe = "Sjekksumoppskrift";

    /// <summary><c>Logg</c>: what a deletion receipt set out to destroy, by item and bin entry ids (no names), so a later run can finish it.</summary>
    public const string ShredTargets = "Makuleringsgrunnlag";

    /// <summary>
    /// <c>Varsler</c>: the record's key; unique. A notice's: round, step, opaque item, state, deadline, recipient. A
    /// digest's: <c>sammendrag/{day}/{opaque recipient}</c>, also the idempotency key its mail carries.
    /// </summary>
    public const string NoticeKey = "Varselnokkel";

    /// <summary><c>Varsler</c>: the key of the digest (the one mail of a recipient's day) that carries the notice; a digest's record holds its own.</summary>
    public const string NoticeDigest = "Sammendragsnokkel";

    /// <summary><c>Varsler</c>: how far a digest's delivery got (<c>Reservert</c>, <c>Utkast</c>, <c>Sendt</c>); empty on a notice's record, which shares its digest's.</summary>
    public const string NoticeStatus = "Varselstatus";

    /// <summary><c>Varsler</c>: to whom (UPN).</summary>
    public const string Recipient = "Mottaker";

    /// <summary><c>Varsler</c>: the day of the digest that carries it (the day it was sent, once its digest says <c>Sendt</c>).</summary>
    public const string NoticeDate = "Varseldato";

    /// <summary><c>Varsler</c>: <c>Påminnelse</c>, <c>Purring</c> or <c>Eskalering</c>.</summary>
    public const string NoticeType = "Varseltype";
}
