namespace PnpSamtale.SharePoint.Mail;

/// <summary>
/// A file attached to a message (Graph <c>fileAttachment</c>), e.g. an iCalendar invitation. Sent inline with the message,
/// so it must be small: Graph takes attachments under 3 MB this way (attachment-post).
/// </summary>
/// <param name="Name">The file name shown to the recipient, e.g. <c>innkalling-3.2.ics</c>.</param>
/// <param name="ContentType">The media type, e.g. <c>text/calendar; method=PUBLISH</c>.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record MailAttachment(string Name, string ContentType, ReadOnlyMemory<byte> Content)
{
    /// <summary>The largest attachment sent inline with a message (Graph: "under 3 MB").</summary>
    public const int MaxInlineBytes = 3 * 1024 * 1024 - 1;
}
