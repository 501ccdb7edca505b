namespace PnpSamtale.SharePoint.Mail;

/// <summary>A message to create as a draft, with the key that makes it findable once sent.</summary>
/// <param name="Mail">The sender and the message.</param>
/// <param name="Key">The idempotency key.</param>
public sealed record KeyedMail(OutgoingMail Mail, MailKey Key);
