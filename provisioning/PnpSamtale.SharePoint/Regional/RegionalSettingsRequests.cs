using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Regional;

/// <summary>Builders for a site's regional settings.</summary>
public static class RegionalSettingsRequests
{
    /// <summary>
    /// <c>GET {site}/_api/web/RegionalSettings?$select=LocaleId,DateFormat,DateSeparator,DecimalSeparator,Time24,TimeSeparator,AM,PM,TimeZone&amp;$expand=TimeZone</c>
    /// (the time zone is a navigation property: expanded and selected).
    /// </summary>
    public static WireRequest Get(Uri site) =>
        SharePointRequest.Get(SharePointRequest.Api(
            site, "web/RegionalSettings?$select=LocaleId,DateFormat,DateSeparator,DecimalSeparator,Time24,TimeSeparator,AM,PM,TimeZone&$expand=TimeZone"));
}
