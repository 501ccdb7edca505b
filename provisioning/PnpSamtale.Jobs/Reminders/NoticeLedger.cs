using PnpSamtale.Jobs.Reading;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Jobs.Reminders;

/// <summary>A notice's record in <c>Varsler</c>: the claim that puts it in one digest.</summary>
/// <param name="ItemId">The item id.</param>
/// <param name="Key">The notice's key.</param>
/// <param name="Digest">The digest that carries it; <c>null</c> on a record written before digests had keys (sent).</param>
/// <param name="RecipientUpn">To whom.</param>
/// <param name="Day">The digest's day.</param>
internal sealed record NoticeRecord(int ItemId, string Key, DigestKey? Digest, string RecipientUpn, DateOnly? Day);

/// <summary>A digest's record in <c>Varsler</c> whose mail is not known to have gone (<c>Reservert</c> or <c>Utkast</c>).</summary>
/// <param name="ItemId">The item id.</param>
/// <param name="Key">The digest's key.</param>
/// <param name="RecipientUpn">To whom.</param>
/// <param name="Day">The digest's day.</param>
/// <param name="Status">How far it got.</param>
/// <param name="Members">The records of the notices it carries (in the active rounds).</param>
internal sealed record UnfinishedDigest(int ItemId, DigestKey Key, string RecipientUpn, DateOnly Day, DigestStatus Status, IReadOnlyList<NoticeRecord> Members);

/// <summary>
/// What <c>Varsler</c> says about the notices of the active rounds and the digests still under way. A digest's record is
/// written before the records of its notices and deleted after them, so a notice whose digest is not under way went out
/// (its digest says <c>Sendt</c>): the job reads the few digests under way, never the many that were sent.
/// </summary>
internal sealed class NoticeLedger
{
    private readonly Dictionary<string, NoticeRecord> notices;
    private readonly Dictionary<DigestKey, UnfinishedDigest> unfinished;
    private readonly HashSet<(string Upn, DateOnly Day)> digestDays;

    private NoticeLedger(Dictionary<string, NoticeRecord> notices, Dictionary<DigestKey, UnfinishedDigest> unfinished)
    {
        this.notices = notices;
        this.unfinished = unfinished;
        digestDays = [.. notices.Values.Where(n => n.Day is not null).Select(n => (n.RecipientUpn, n.Day!.Value)).Concat(unfinished.Values.Select(d => (d.RecipientUpn, d.Day)))];
    }

    /// <summary>An empty ledger (no active round, or a list with nothing in it).</summary>
    public static NoticeLedger Empty { get; } = new([], []);

    /// <summary>The digests under way, by key.</summary>
    public IReadOnlyCollection<UnfinishedDigest> Unfinished => unfinished.Values;

    /// <summary>
    /// The reads, for one <c>$batch</c>: the records of each active round's notices, and the digests that are
    /// <c>Reservert</c> or <c>Utkast</c> (each filter within id windows, so the list may grow past the threshold).
    /// </summary>
    public static IReadOnlyList<ListRead> Reads(string listTitle, IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        string[] noticeFields = [NoticesList.Key.Name, NoticesList.Digest.Name, NoticesList.Recipient.Name, NoticesList.Date.Name];
        string[] digestFields = [NoticesList.Key.Name, NoticesList.Recipient.Name, NoticesList.Date.Name, NoticesList.Status.Name];
        return
        [
            .. terms.Select(term => new ListRead(listTitle, noticeFields, $"{NoticesList.Round.Name} eq {ItemFilter.Text(term)}")),
            .. new[] { DigestStatus.Reserved, DigestStatus.Drafted }.Select(s => new ListRead(listTitle, digestFields, $"{NoticesList.Status.Name} eq {ItemFilter.Text(DigestStatuses.Choice(s))}")),
        ];
    }

    /// <summary>The ledger from the answers to <see cref="Reads"/>, in their order; dates in the admin site's zone.</summary>
    public static NoticeLedger From(IReadOnlyList<IReadOnlyList<ListItem>> answers, int rounds, SiteContent admin)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(admin);
        var notices = new Dictionary<string, NoticeRecord>(StringComparer.Ordinal);
        foreach (var item in answers.Take(rounds).SelectMany(a => a))
        {
            if (NoticesList.Key.Read(item) is { } key)
            {
                notices[key] = new NoticeRecord(item.Id, key, DigestKey.Parse(NoticesList.Digest.Read(item)), Upn(item), NoticesList.Date.Read(item, admin.Regional));
            }
        }

        var members = notices.Values.Where(n => n.Digest is not null).ToLookup(n => n.Digest!.Value);
        var unfinished = new Dictionary<DigestKey, UnfinishedDigest>();
        foreach (var item in answers.Skip(rounds).SelectMany(a => a))
        {
            if (DigestKey.Parse(NoticesList.Key.Read(item)) is { } key && DigestStatuses.Parse(NoticesList.Status.Read(item)) is { } status
                && status != DigestStatus.Sent && NoticesList.Date.Read(item, admin.Regional) is { } day)
            {
                unfinished[key] = new UnfinishedDigest(item.Id, key, Upn(item), day, status, [.. members[key].OrderBy(m => m.Key, StringComparer.Ordinal)]);
            }
        }

        return new NoticeLedger(notices, unfinished);
    }

    /// <summary>A ledger of records as they were read (for the planner's tests).</summary>
    internal static NoticeLedger Of(IEnumerable<NoticeRecord> notices, IEnumerable<UnfinishedDigest> unfinished) =>
        new(notices.ToDictionary(n => n.Key, StringComparer.Ordinal), unfinished.ToDictionary(d => d.Key));

    /// <summary>The record of a notice, if it was claimed.</summary>
    public NoticeRecord? Notice(string key) => notices.GetValueOrDefault(key);

    /// <summary>The digest under way with this key, if any.</summary>
    public UnfinishedDigest? Digest(DigestKey key) => unfinished.GetValueOrDefault(key);

    /// <summary>Whether <paramref name="upn"/> has a digest of <paramref name="day"/> (under way or sent).</summary>
    public bool HasDigest(string upn, DateOnly day) => digestDays.Contains((upn.ToLowerInvariant(), day));

    private static string Upn(ListItem item) => (NoticesList.Recipient.Read(item) ?? string.Empty).ToLowerInvariant();
}
