using System.Globalization;
using PnpSamtale.Core.Conversations;
using PnpSamtale.SharePoint.Mail;

namespace PnpSamtale.Jobs.Reminders;

/// <summary>
/// The key of one recipient's digest of one day, <c>sammendrag/{yyyy-MM-dd}/{opaque}</c>: the key of the digest's record
/// in <c>Varsler</c>, the <c>Sammendragsnokkel</c> of every notice it carries, and the idempotency key its mail carries
/// (<see cref="MailKey"/>), by which a re-run finds the mail in Drafts or Sent Items. Stable for a recipient and a day —
/// every run of the day computes the same — and opaque: the part after the day is a hash of the admin site's path and
/// the recipient, so two organisations sharing a sender mailbox never share a key, and a failure line names nobody.
/// </summary>
public readonly record struct DigestKey
{
    private const string Prefix = "sammendrag/";

    private DigestKey(string value) => Value = value;

    /// <summary>The key as written.</summary>
    public string Value { get; }

    /// <summary>The key as the mail carries it.</summary>
    public MailKey Mail => MailKey.For(Value);

    /// <summary>The key of <paramref name="recipientUpn"/>'s digest of <paramref name="day"/> for the organisation of <paramref name="adminSite"/>.</summary>
    public static DigestKey For(Uri adminSite, string recipientUpn, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(adminSite);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientUpn);

        // The path, not the host: a local tenant may listen on another port from one run to the next.
        var who = OpaqueKey.Of(adminSite.AbsolutePath.TrimEnd('/').ToLowerInvariant() + "|" + recipientUpn.Trim().ToLowerInvariant());
        return new DigestKey(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{day:yyyy-MM-dd}/{who}"));
    }

    /// <summary>A key as read from <c>Varsler</c>; <c>null</c> for empty text or text that is not a digest's key.</summary>
    public static DigestKey? Parse(string? value) =>
        value is { Length: > 0 } text && text.StartsWith(Prefix, StringComparison.Ordinal) ? new DigestKey(text) : null;

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
