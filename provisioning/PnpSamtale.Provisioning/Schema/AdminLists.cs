using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.SharePoint.Lists;

namespace PnpSamtale.Provisioning.Schema;

/// <summary><c>Runder</c>: the rounds registry (admin site, owners only).</summary>
public static class RoundsList
{
    /// <summary>The round (term), e.g. <c>H2026</c>; the key.</summary>
    public static readonly TextColumn Round = new(Fields.Round, ColumnOwner.Design);

    /// <summary>The routine's id.</summary>
    public static readonly TextColumn Routine = new(Fields.Routine, ColumnOwner.Design);

    /// <summary>The round site's URL.</summary>
    public static readonly TextColumn SiteUrl = new(Fields.SiteUrl, ColumnOwner.Design);

    /// <summary>The round's state; the OU closes a round.</summary>
    public static readonly TextColumn State = new(Fields.RoundState, ColumnOwner.Owners, ColumnKind.Choice);

    /// <summary>The round's first day.</summary>
    public static readonly DateColumn Start = new(Fields.RoundStart, ColumnOwner.Design);

    /// <summary>The round's last deadline.</summary>
    public static readonly DateColumn End = new(Fields.RoundEnd, ColumnOwner.Design);

    /// <summary>How many conversations.</summary>
    public static readonly NumberColumn ConversationCount = new(Fields.ConversationCount, ColumnOwner.Design);

    /// <summary>The dates set at round start (<c>1.2=2026-11-09;5.1=2026-12-03</c>), so a reconcile designs the same round.</summary>
    public static readonly TextColumn SetDates = new(Fields.SetDates, ColumnOwner.Design);

    /// <summary>When the round was last reconciled (ISO 8601, UTC).</summary>
    public static readonly TextColumn LastReconciled = new(Fields.LastReconciled, ColumnOwner.Product);

    /// <summary>Whether the next round starts by itself.</summary>
    public static readonly BooleanColumn Autostart = new(Fields.Autostart, ColumnOwner.Owners);

    /// <summary>The run holding the round's lease; empty when free (<c>RoundLease</c> in the jobs).</summary>
    public static readonly TextColumn LeaseRun = new(Fields.LeaseRun, ColumnOwner.Product);

    /// <summary>Who holds the lease: host kind and machine.</summary>
    public static readonly TextColumn LeaseHolder = new(Fields.LeaseHolder, ColumnOwner.Product);

    /// <summary>When the lease was taken.</summary>
    public static readonly DateTimeColumn LeaseSince = new(Fields.LeaseSince, ColumnOwner.Product);

    /// <summary>When the lease expires unless renewed.</summary>
    public static readonly DateTimeColumn LeaseUntil = new(Fields.LeaseUntil, ColumnOwner.Product);

    /// <summary>The schema.</summary>
    public static ListSchema Schema { get; } = new(ListRole.Rounds,
        [Round, Routine, SiteUrl, State, Start, End, ConversationCount, SetDates, LastReconciled, Autostart, LeaseRun, LeaseHolder, LeaseSince, LeaseUntil]);
}

/// <summary><c>Verv</c>: who holds which role until when (admin site, the OU's).</summary>
public static class RosterList
{
    /// <summary>upn/role/campus; the key.</summary>
    public static readonly TextColumn Key = new(Fields.RosterKey, ColumnOwner.Owners);

    /// <summary>The person.</summary>
    public static readonly PersonColumn Person = new(Fields.RosterPerson, ColumnOwner.Owners);

    /// <summary>The role's abbreviation.</summary>
    public static readonly TextColumn Role = new(Fields.Role, ColumnOwner.Owners);

    /// <summary>The campus.</summary>
    public static readonly TextColumn Campus = new(Fields.Campus, ColumnOwner.Owners);

    /// <summary>Whom the role represents.</summary>
    public static readonly TextColumn Representing = new(Fields.Representing, ColumnOwner.Owners);

    /// <summary>The language for mail (<c>nb</c>, <c>en</c>).</summary>
    public static readonly TextColumn Language = new(Fields.Language, ColumnOwner.Owners, ColumnKind.Choice);

    /// <summary>The term's first day.</summary>
    public static readonly DateColumn TermStart = new(Fields.TermStart, ColumnOwner.Owners);

    /// <summary>The term's last day.</summary>
    public static readonly DateColumn TermEnd = new(Fields.TermEnd, ColumnOwner.Owners);

    /// <summary>The person's manager.</summary>
    public static readonly PersonColumn Manager = new(Fields.Manager, ColumnOwner.Owners);

    /// <summary>Who holds the person's conversation in the manager's place.</summary>
    public static readonly PersonColumn Delegate = new(Fields.Delegate, ColumnOwner.Owners);

    /// <summary>The person's staff category.</summary>
    public static readonly TextColumn Category = new(Fields.Category, ColumnOwner.Owners);

    /// <summary>The schema.</summary>
    public static ListSchema Schema { get; } = new(ListRole.Roster, [Key, Person, Role, Campus, Representing, Language, TermStart, TermEnd, Manager, Delegate, Category]);
}

/// <summary><c>Logg</c>: audit entries and deletion receipts (admin site, the product's).</summary>
public static class LogList
{
    /// <summary>The entry's key (unique): a repeated write finds its entry instead of adding a second.</summary>
    public static readonly TextColumn Key = new(Fields.LogKey, ColumnOwner.Product);

    /// <summary>What happened.</summary>
    public static readonly TextColumn Event = new(Fields.LogEvent, ColumnOwner.Product, ColumnKind.Choice);

    /// <summary>The round.</summary>
    public static readonly TextColumn Round = new(Fields.Round, ColumnOwner.Product);

    /// <summary>The job run's id.</summary>
    public static readonly TextColumn JobRun = new(Fields.JobRun, ColumnOwner.Product);

    /// <summary>When.</summary>
    public static readonly DateTimeColumn LoggedAt = new(Fields.LoggedAt, ColumnOwner.Product);

    /// <summary>How many items.</summary>
    public static readonly NumberColumn Count = new(Fields.Count, ColumnOwner.Product);

    /// <summary>Counts by category.</summary>
    public static readonly TextColumn Details = new(Fields.Details, ColumnOwner.Product, ColumnKind.Note);

    /// <summary>SHA-256 over the sorted keys.</summary>
    public static readonly TextColumn Checksum = new(Fields.Checksum, ColumnOwner.Product);

    /// <summary>A deletion receipt's state (<see cref="LogStates"/>); empty on other entries.</summary>
    public static readonly TextColumn State = new(Fields.LogState, ColumnOwner.Product, ColumnKind.Choice);

    /// <summary>How many items a deletion receipt set out to destroy.</summary>
    public static readonly NumberColumn Planned = new(Fields.Planned, ColumnOwner.Product);

    /// <summary>SHA-256 over the sorted keys of what a deletion receipt set out to destroy.</summary>
    public static readonly TextColumn PlannedChecksum = new(Fields.PlannedChecksum, ColumnOwner.Product);

    /// <summary>How the checksums are computed, in words.</summary>
    public static readonly TextColumn ChecksumRecipe = new(Fields.ChecksumRecipe, ColumnOwner.Product);

    /// <summary>What a deletion receipt set out to destroy, by ids, for a later run to finish it.</summary>
    public static readonly TextColumn ShredTargets = new(Fields.ShredTargets, ColumnOwner.Product, ColumnKind.Note);

    /// <summary>The schema.</summary>
    public static ListSchema Schema { get; } = new(ListRole.Log,
        [Key, Event, Round, JobRun, LoggedAt, Count, Details, Checksum, State, Planned, PlannedChecksum, ChecksumRecipe, ShredTargets]);
}

/// <summary>The states of a deletion receipt in <c>Logg</c> (the choices of its <c>Loggtilstand</c> column).</summary>
public static class LogStates
{
    /// <summary>Written before the first delete: what is to go, by id and count, and its planned checksum.</summary>
    public const string Begun = "Påbegynt";

    /// <summary>The deletions were verified by reading; the counts and checksum are of what was proved gone.</summary>
    public const string Completed = "Fullført";
}

/// <summary>
/// <c>Varsler</c>: the notices and the digests that carry them (admin site, the product's). A notice's record claims it
/// for one digest before any mail goes out; a digest's record (one per recipient and day) says how far its one mail got.
/// </summary>
public static class NoticesList
{
    /// <summary>The record's key (a notice's or a digest's); unique.</summary>
    public static readonly TextColumn Key = new(Fields.NoticeKey, ColumnOwner.Product);

    /// <summary>The round (notices only: a digest spans rounds).</summary>
    public static readonly TextColumn Round = new(Fields.Round, ColumnOwner.Product);

    /// <summary>To whom (UPN).</summary>
    public static readonly TextColumn Recipient = new(Fields.Recipient, ColumnOwner.Product);

    /// <summary>The day of the digest.</summary>
    public static readonly DateColumn Date = new(Fields.NoticeDate, ColumnOwner.Product);

    /// <summary>The kind (notices only).</summary>
    public static readonly TextColumn Kind = new(Fields.NoticeType, ColumnOwner.Product, ColumnKind.Choice);

    /// <summary>The digest that carries the notice; a digest's own key on its record.</summary>
    public static readonly TextColumn Digest = new(Fields.NoticeDigest, ColumnOwner.Product);

    /// <summary>A digest's delivery state (digests only).</summary>
    public static readonly TextColumn Status = new(Fields.NoticeStatus, ColumnOwner.Product, ColumnKind.Choice);

    /// <summary>The schema.</summary>
    public static ListSchema Schema { get; } = new(ListRole.Notices, [Key, Round, Recipient, Date, Kind, Digest, Status]);
}

/// <summary>The events <c>Logg</c> records (the choices of its <c>Hendelse</c> column).</summary>
public static class LogEvents
{
    /// <summary>A round was started.</summary>
    public const string RoundPrepared = "Runde klargjort";

    /// <summary>A reconcile moved permissions.</summary>
    public const string PermissionsReconciled = "Tillatelser avstemt";

    /// <summary>Values someone changed who may not were put back.</summary>
    public const string Reverted = "Endring tilbakestilt";

    /// <summary>Forms and measures were shredded (the deletion receipt).</summary>
    public const string Shredded = "Skjema makulert";

    /// <summary>A person's forms were exported.</summary>
    public const string Exported = "Innsyn eksportert";
}
