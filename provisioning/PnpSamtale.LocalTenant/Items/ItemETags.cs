using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PnpSamtale.LocalTenant.Http;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// An item's ETag as SharePoint Online gives it: <c>"{unique id},{version}"</c> with the quotes, e.g.
/// <c>"68be87d5-96e5-49ab-8477-9b17070c8a33,9"</c> (pnp/sp-dev-fx-controls-react#1509 quotes SharePoint's 412 naming
/// such a value; pnp/pnpjs#2569 shows <c>"f61a3570-…,17"</c>). The version grows with every update, so the ETag
/// changes exactly when the item does. It travels in the <c>ETag</c> header of a single item's answer (under
/// <c>odata=nometadata</c> the body carries no <c>odata.etag</c>) and of an update's <c>204</c>. An <c>IF-MATCH</c>
/// must repeat it exactly; <c>*</c>, or no <c>IF-MATCH</c> at all, matches any version (sp-dev-docs, "Using ETag
/// values to determine document and list item versioning").
/// </summary>
internal static class ItemETags
{
    /// <summary>The ETag of the item as it is stored now.</summary>
    public static string Of(ItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return "\"" + UniqueId(item.ListId, item.Id).ToString("D") + "," + item.Version.ToString(CultureInfo.InvariantCulture) + "\"";
    }

    /// <summary>
    /// 412 unless the request's <c>IF-MATCH</c> is absent, <c>*</c>, or the item's current ETag exactly:
    /// <c>-1, Microsoft.SharePoint.Client.ClientServiceException</c>, "The request ETag value '…' does not match the
    /// object's ETag value '…'." (the answer quoted in pnp/sp-dev-fx-controls-react#1509).
    /// </summary>
    public static void RequireMatch(HttpContext http, ItemRecord item)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString().Trim();
        var current = Of(item);
        if (ifMatch.Length == 0 || ifMatch == "*" || string.Equals(ifMatch, current, StringComparison.Ordinal))
        {
            return;
        }

        throw new SharePointErrorException(
            StatusCodes.Status412PreconditionFailed,
            "-1, Microsoft.SharePoint.Client.ClientServiceException",
            $"The request ETag value '{ifMatch}' does not match the object's ETag value '{current}'.");
    }

    /// <summary>
    /// The item's unique id, derived from its list and id (item ids are never reused in a list, so it is stable for the
    /// item's life and needs no column of its own).
    /// </summary>
    public static Guid UniqueId(Guid listId, int itemId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(listId.ToString("D") + "/" + itemId.ToString(CultureInfo.InvariantCulture)));
        hash[7] = (byte)((hash[7] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16));
    }
}
