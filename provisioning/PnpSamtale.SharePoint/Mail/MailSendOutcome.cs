namespace PnpSamtale.SharePoint.Mail;

/// <summary>What came of sending a draft.</summary>
public enum MailSendOutcome
{
    /// <summary>Graph accepted it (202): it is on its way and will be in Sent Items.</summary>
    Sent = 0,

    /// <summary>
    /// There is no draft with that id (404): it was sent already, is being sent, or was deleted. Nothing was sent now;
    /// look for its key in Sent Items (allowing for the copy to appear there late).
    /// </summary>
    NoSuchDraft = 1,
}
