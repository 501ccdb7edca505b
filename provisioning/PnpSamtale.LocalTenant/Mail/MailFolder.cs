namespace PnpSamtale.LocalTenant.Mail;

/// <summary>The well-known mail folders of the subset.</summary>
internal enum MailFolder
{
    /// <summary><c>drafts</c>.</summary>
    Drafts,

    /// <summary><c>sentitems</c>.</summary>
    SentItems,
}
