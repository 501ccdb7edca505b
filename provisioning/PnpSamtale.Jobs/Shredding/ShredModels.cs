namespace PnpSamtale.Jobs.Shredding;

/// <summary>What the shredding job does with an item.</summary>
public enum ShredKind
{
    /// <summary>A form in <c>Samtaleskjema</c>.</summary>
    Form,

    /// <summary>A measure in <c>Tiltak</c>.</summary>
    Measure,

    /// <summary>A conversation's measures folder in <c>Tiltak</c> (deleted after its measures).</summary>
    MeasuresFolder,

    /// <summary>An entry in the first- or second-stage recycle bin left by an expired form or measure.</summary>
    RecycleBinEntry,
}

/// <summary>An item the job destroyed, would destroy, or holds.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Key">The conversation key (forms) or measure key (measures); never written anywhere but hashed.</param>
/// <param name="Name">Its opaque name: the form's file name or the measure's title (no names of people).</param>
/// <param name="TermEnd">The end of the partner's term it was kept for.</param>
/// <param name="HoldReason">The legal hold's category, when held.</param>
public sealed record ShredItem(ShredKind Kind, string Key, string Name, DateOnly? TermEnd, string? HoldReason = null);

/// <summary>The deletion receipt written to <c>Logg</c>: counts and a hash, no names, titles or content.</summary>
/// <param name="Round">The round.</param>
/// <param name="Day">The Oslo day.</param>
/// <param name="RunId">The job run.</param>
/// <param name="Forms">Forms destroyed and verified gone.</param>
/// <param name="Measures">Measures destroyed and verified gone.</param>
/// <param name="Folders">Measures folders destroyed and verified gone.</param>
/// <param name="BinEntries">Recycle bin entries removed and verified gone.</param>
/// <param name="HeldByReason">Items kept on legal hold, by category.</param>
/// <param name="Sha256">SHA-256 (hex) of the destroyed keys, sorted (ordinal), one per line, UTF-8.</param>
public sealed record ShredReceipt(string Round, DateOnly Day, Guid RunId, int Forms, int Measures, int Folders, int BinEntries, IReadOnlyDictionary<string, int> HeldByReason, string Sha256)
{
    /// <summary>A receipt counting <paramref name="items"/> by kind.</summary>
    internal static ShredReceipt Of(string round, DateOnly day, Guid runId, IReadOnlyList<ShredItem> items, IReadOnlyDictionary<string, int> held, string sha256) => new(
        round,
        day,
        runId,
        items.Count(v => v.Kind == ShredKind.Form),
        items.Count(v => v.Kind == ShredKind.Measure),
        items.Count(v => v.Kind == ShredKind.MeasuresFolder),
        items.Count(v => v.Kind == ShredKind.RecycleBinEntry),
        held,
        sha256);

    /// <summary>How many items the receipt set out to destroy when it was begun (what is counted may be fewer).</summary>
    public int Planned { get; init; }

    /// <summary>The SHA-256 over the keys of everything it set out to destroy (equal to <see cref="Sha256"/> when all of it went).</summary>
    public string? PlannedSha256 { get; init; }

    /// <summary>How many items it proves gone.</summary>
    public int Count => Forms + Measures + Folders + BinEntries;

    /// <summary>The receipt's details line, e.g. <c>Skjema: 3; Tiltak: 3; Tiltaksmapper: 3; Papirkurv: 0; Tilbakeholdt: 1 (Tvist: 1)</c>.</summary>
    public string Details
    {
        get
        {
            var held = HeldByReason.Values.Sum();
            var reasons = held == 0 ? string.Empty : " (" + string.Join(", ", HeldByReason.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => $"{h.Key}: {h.Value}")) + ")";
            return $"Skjema: {Forms}; Tiltak: {Measures}; Tiltaksmapper: {Folders}; Papirkurv: {BinEntries}; Tilbakeholdt: {held}{reasons}";
        }
    }
}

/// <summary>What shredding one round did (or, in a dry run, would do).</summary>
/// <param name="Term">The round.</param>
/// <param name="Destroyed">Destroyed and verified gone (dry run: would be destroyed).</param>
/// <param name="Held">Expired, but on legal hold.</param>
/// <param name="Kept">Forms and measures whose term has not ended (or whose end is unknown).</param>
/// <param name="Failures">What could not be destroyed or was still found afterwards; retried next run.</param>
/// <param name="Receipt">The receipt this run completed: its own when it destroyed anything, else the one of an earlier run it finished.</param>
public sealed record RoundShred(string Term, IReadOnlyList<ShredItem> Destroyed, IReadOnlyList<ShredItem> Held, int Kept, IReadOnlyList<string> Failures, ShredReceipt? Receipt)
{
    /// <summary>
    /// Every receipt this run completed for the round: those an earlier run began and did not complete (it died, or its
    /// answers were lost), then its own. <see cref="Destroyed"/> is what they prove gone together.
    /// </summary>
    public IReadOnlyList<ShredReceipt> Receipts { get; init; } = Receipt is null ? [] : [Receipt];

    /// <summary>Expired items left for the next run because one receipt could not list more of them (<see cref="ShredIntent.MaxLength"/>).</summary>
    public int Deferred { get; init; }

    /// <summary>One line for a log (Norwegian), as the CLI and the Functions app print it.</summary>
    public string Summary(bool dryRun)
    {
        var forms = Destroyed.Count(d => d.Kind == ShredKind.Form);
        var measures = Destroyed.Count(d => d.Kind == ShredKind.Measure);
        var bins = Destroyed.Count(d => d.Kind == ShredKind.RecycleBinEntry);
        var held = string.Join(", ", Held.GroupBy(h => h.HoldReason ?? "Annet").Select(g => $"{g.Key}: {g.Count()}"));
        var deferred = Deferred > 0 ? $"; {Deferred} utsatt til neste kjøring" : string.Empty;
        return $"Runde {Term}: {(dryRun ? "ville makulert" : "makulert")} {forms} skjema, {measures} tiltak og {bins} fra papirkurvene; {Held.Count} tilbakeholdt{(held.Length > 0 ? $" ({held})" : string.Empty)}; {Kept} beholdes{deferred}.";
    }
}

/// <summary>What a shredding run did.</summary>
/// <param name="RunId">The run's id (also in each receipt).</param>
/// <param name="Day">The Oslo day.</param>
/// <param name="DryRun">Whether nothing was changed.</param>
/// <param name="Rounds">Per round.</param>
public sealed record ShredRun(Guid RunId, DateOnly Day, bool DryRun, IReadOnlyList<RoundShred> Rounds);
