namespace PnpSamtale.LocalTenant.Mail;

/// <summary>
/// A message in a mailbox: a draft, or the copy in Sent Items once sent. Sending moves it (a new
/// <see cref="Generation"/>, so its default id changes) and dates it; it shows in Sent Items from <see cref="VisibleFrom"/>.
/// </summary>
internal sealed record MailMessageRecord(
    Guid Id,
    string Mailbox,
    MailFolder Folder,
    int Generation,
    DateTimeOffset Created,
    DateTimeOffset? Sent,
    DateTimeOffset? VisibleFrom,
    string Subject,
    string ContentType,
    string Content,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    IReadOnlyList<ExtendedProperty> Properties)
{
    /// <summary>Whether files are attached (they are kept by <see cref="AttachmentStore"/>).</summary>
    public bool HasAttachments { get; init; }

    /// <summary>Whether the message is an unsent draft.</summary>
    public bool IsDraft => Folder == MailFolder.Drafts;

    /// <summary>Whether the message can be seen at <paramref name="now"/>: a draft always, a sent copy once it has appeared in Sent Items.</summary>
    public bool IsVisible(DateTimeOffset now) => IsDraft || VisibleFrom <= now;

    /// <summary>The message's <c>internetMessageId</c>.</summary>
    public string InternetMessageId => "<" + Id.ToString("N") + "@" + (Mailbox.Split('@') is [_, var domain] ? domain : "local") + ">";
}
