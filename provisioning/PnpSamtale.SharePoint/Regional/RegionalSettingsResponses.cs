using System.Text.Json;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Regional;

/// <summary>Reads the answer of <see cref="RegionalSettingsRequests.Get"/>.</summary>
public static class RegionalSettingsResponses
{
    /// <summary>The settings of <paramref name="site"/>.</summary>
    /// <exception cref="JsonException">The answer lacks a property the client needs (the time zone was not expanded).</exception>
    /// <exception cref="SharePointServiceException">The site's time zone is one PnpSamtale does not know.</exception>
    public static RegionalSettings Read(Uri site, WireResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.EnsureSuccess();
        using var document = JsonDocument.Parse(response.Content);
        var root = document.RootElement;
        if (!root.TryGetProperty("TimeZone", out var zone) || zone.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The regional settings came without their TimeZone; it must be selected and expanded.");
        }

        var id = zone.GetProperty("Id").GetInt32();
        var description = zone.TryGetProperty("Description", out var d) ? d.GetString() ?? string.Empty : string.Empty;
        var timeZone = SiteTimeZone.Find(id, description) ?? throw new SharePointServiceException(new RemoteError(
            response.Status, null,
            $"The site {site} is in SharePoint time zone {id} ({description}), whose rules PnpSamtale does not know; create round sites in zone {SiteTimeZone.Oslo} or set the site's regional settings to it.",
            response.RequestId));
        return new RegionalSettings(
            root.GetProperty("LocaleId").GetInt32(),
            root.GetProperty("DateFormat").GetInt32(),
            root.GetProperty("DateSeparator").GetString() ?? "/",
            root.GetProperty("DecimalSeparator").GetString() ?? ".",
            root.GetProperty("Time24").GetBoolean(),
            root.GetProperty("TimeSeparator").GetString() ?? ":",
            root.GetProperty("AM").GetString() ?? "AM",
            root.GetProperty("PM").GetString() ?? "PM",
            timeZone);
    }
}
