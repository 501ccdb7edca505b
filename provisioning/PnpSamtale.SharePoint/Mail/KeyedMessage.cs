namespace PnpSamtale.SharePoint.Mail;

/// <summary>A message found by its key.</summary>
/// <param name="Id">Its immutable id.</param>
/// <param name="IsDraft">Whether it is still a draft (found in Drafts).</param>
/// <param name="SentDateTime">When it was sent; <c>null</c> for a draft.</param>
public sealed record KeyedMessage(string Id, bool IsDraft, DateTimeOffset? SentDateTime);
