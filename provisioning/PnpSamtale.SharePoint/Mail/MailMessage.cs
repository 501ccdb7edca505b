namespace PnpSamtale.SharePoint.Mail;

/// <summary>A message to send. Reminder mails carry links, never form content.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="ContentType">Text or HTML.</param>
/// <param name="Content">The body.</param>
/// <param name="To">The recipients.</param>
public sealed record MailMessage(string Subject, MailContentType ContentType, string Content, IReadOnlyList<MailRecipient> To)
{
    /// <summary>The copy recipients. Default none.</summary>
    public IReadOnlyList<MailRecipient> Cc { get; init; } = [];

    /// <summary>Files sent with the message (each under <see cref="MailAttachment.MaxInlineBytes"/>). Default none.</summary>
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
}
