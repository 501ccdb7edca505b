namespace PnpSamtale.SharePoint.Mail;

/// <summary>A key to look for in a sender's mailbox.</summary>
/// <param name="Sender">The mailbox.</param>
/// <param name="Key">The key.</param>
public sealed record MailLookup(string Sender, MailKey Key);
