namespace PnpSamtale.SharePoint.Mail;

/// <summary>A message and the mailbox it is sent from.</summary>
/// <param name="Sender">The sending mailbox's UPN or id.</param>
/// <param name="Message">The message.</param>
public sealed record OutgoingMail(string Sender, MailMessage Message);
