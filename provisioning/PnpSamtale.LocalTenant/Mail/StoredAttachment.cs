namespace PnpSamtale.LocalTenant.Mail;

/// <summary>A file attached to a message (a Graph <c>fileAttachment</c>).</summary>
/// <param name="Name">Its file name.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="Content">Its bytes.</param>
public sealed record StoredAttachment(string Name, string ContentType, byte[] Content);
