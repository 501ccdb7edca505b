using PnpSamtale.LocalTenant.Http;

namespace PnpSamtale.LocalTenant.Mail;

/// <summary>
/// Message ids in two forms, as Outlook gives them: the default id, which changes when the message moves (sending
/// moves it from Drafts to Sent Items: "a separate copy of the message is created in the Sent Items folder", the
/// draft's id and the copy's differ, microsoft-graph-docs#6250), and the immutable id asked for with
/// <c>Prefer: IdType="ImmutableId"</c>, which does not change while the message stays in the mailbox ("Obtain immutable
/// identifiers for Outlook resources"). Either form addresses the message; the header decides which one answers carry.
/// Ids are case-sensitive and URL-safe base64.
/// </summary>
internal static class MessageIds
{
    private const string DefaultPrefix = "AAMkAD";
    private const string ImmutablePrefix = "AAkALg";

    /// <summary>The id of <paramref name="message"/> in the form the request asks for.</summary>
    public static string Of(MailMessageRecord message, bool immutable)
    {
        ArgumentNullException.ThrowIfNull(message);
        var bytes = message.Id.ToByteArray();
        return immutable ? ImmutablePrefix + Encode(bytes) : DefaultPrefix + Encode([.. bytes, (byte)message.Generation]);
    }

    /// <summary>Whether the request asks for immutable ids (<c>Prefer: IdType="ImmutableId"</c>; the header applies to that request only).</summary>
    public static bool Immutable(HttpContext http) =>
        http.Request.Headers["Prefer"].SelectMany(v => (v ?? string.Empty).Split(',')).Any(p =>
            p.Replace("\"", string.Empty, StringComparison.Ordinal).Trim().Equals("IdType=ImmutableId", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The message an id names: its key and, for a default id, the generation it was issued for (a default id from
    /// before a move names nothing). 400 <c>ErrorInvalidIdMalformed</c> for what is not an id.
    /// </summary>
    public static (Guid Id, int? Generation) Parse(string id)
    {
        if (id.StartsWith(ImmutablePrefix, StringComparison.Ordinal) && Decode(id[ImmutablePrefix.Length..]) is { Length: 16 } key)
        {
            return (new Guid(key), null);
        }

        if (id.StartsWith(DefaultPrefix, StringComparison.Ordinal) && Decode(id[DefaultPrefix.Length..]) is { Length: 17 } bytes)
        {
            return (new Guid(bytes.AsSpan(0, 16)), bytes[16]);
        }

        throw new GraphErrorException(StatusCodes.Status400BadRequest, "ErrorInvalidIdMalformed", "Id is malformed.");
    }

    /// <summary>A URL-safe folder id for a mailbox's well-known folder (the <c>parentFolderId</c> of its messages).</summary>
    public static string FolderId(string mailbox, MailFolder folder) =>
        "AQMkAD" + Encode(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(mailbox.ToLowerInvariant() + "/" + MailboxStore.Name(folder)))[..16]);

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');

    private static byte[]? Decode(string text)
    {
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text.Replace('-', '+').Replace('_', '/'), buffer, out var length) ? buffer[..length] : null;
    }
}
