namespace PnpSamtale.SharePoint.Mail;

/// <summary>A recipient.</summary>
/// <param name="Address">The e-mail address.</param>
/// <param name="Name">The display name, if known.</param>
public sealed record MailRecipient(string Address, string? Name = null);
