using System.Globalization;
using System.Text.Json;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Sites;

/// <summary>The answer of <c>SPSiteManager/create</c> and <c>/status</c>.</summary>
/// <param name="SiteId">The site collection id, or <c>null</c> when the answer carries none (<c>""</c> or <c>null</c>).</param>
/// <param name="SiteStatus">Where creation stands.</param>
/// <param name="SiteUrl">The site URL (empty when the answer carries none).</param>
public sealed record SiteProvisioning(Guid? SiteId, SiteStatus SiteStatus, string SiteUrl)
{
    /// <summary>
    /// Reads the answer the way real tenants send it: <c>SiteId</c> a GUID, <c>""</c> or <c>null</c> (the documented
    /// "no site id"), <c>SiteUrl</c> a URL, <c>""</c> or <c>null</c>; plain or wrapped in <c>{"d":{…}}</c>.
    /// </summary>
    /// <exception cref="JsonException">The body has no numeric <c>SiteStatus</c>.</exception>
    public static SiteProvisioning Read(WireResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        using var document = JsonDocument.Parse(response.Content);
        var root = document.RootElement;
        if (root.TryGetProperty("d", out var verbose) && verbose.ValueKind == JsonValueKind.Object)
        {
            root = verbose.TryGetProperty("Create", out var create) ? create : verbose;
        }

        if (!root.TryGetProperty(nameof(SiteStatus), out var status) || !status.TryGetInt32(out var code))
        {
            throw new JsonException("The SPSiteManager answer has no numeric SiteStatus.");
        }

        Guid? id = root.TryGetProperty(nameof(SiteId), out var siteId) && siteId.ValueKind == JsonValueKind.String
            && Guid.TryParse(siteId.GetString(), out var parsed) && parsed != Guid.Empty ? parsed : null;
        var url = root.TryGetProperty(nameof(SiteUrl), out var siteUrl) && siteUrl.ValueKind == JsonValueKind.String ? siteUrl.GetString() ?? string.Empty : string.Empty;
        return new SiteProvisioning(id, Enum.IsDefined((SiteStatus)code) ? (SiteStatus)code : throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"SiteStatus {code} is not one SharePoint documents.")), url);
    }
}
