namespace PnpSamtale.SharePoint.Mail;

/// <summary>The body format (Graph <c>body.contentType</c>).</summary>
public enum MailContentType
{
    /// <summary>Plain text.</summary>
    Text = 0,

    /// <summary>HTML.</summary>
    Html = 1,
}
