namespace PnpSamtale.SharePoint.Mail;

/// <summary>A draft to send.</summary>
/// <param name="Sender">The mailbox.</param>
/// <param name="MessageId">The draft's id.</param>
public sealed record DraftToSend(string Sender, string MessageId);
