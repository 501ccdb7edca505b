namespace PnpSamtale.SharePoint.Mail;

/// <summary>The well-known mail folders a key is looked for in.</summary>
public enum MailFolderName
{
    /// <summary><c>sentitems</c>: messages sent.</summary>
    SentItems = 0,

    /// <summary><c>drafts</c>: drafts not yet sent.</summary>
    Drafts = 1,
}
