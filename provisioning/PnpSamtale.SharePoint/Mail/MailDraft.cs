namespace PnpSamtale.SharePoint.Mail;

/// <summary>A draft created in a sender's mailbox.</summary>
/// <param name="Id">Its immutable id (the same once sent).</param>
/// <param name="InternetMessageId">Its <c>internetMessageId</c>.</param>
public sealed record MailDraft(string Id, string? InternetMessageId);
