using System.Text.RegularExpressions;

namespace PnpSamtale.Functions.Hosting;

/// <summary>
/// Configuration keys as the people who deploy see them: app settings and environment variables use <c>__</c> where
/// configuration uses <c>:</c> (<c>SharePoint:TenantUrl</c> is the app setting <c>SharePoint__TenantUrl</c>).
/// </summary>
internal static partial class AppSettings
{
    /// <summary>Rewrites every <c>SharePoint:X</c>, <c>Samtale:X:Y</c> and <c>AzureAd:X</c> in a message as an app setting name.</summary>
    public static string Display(string message) =>
        SettingKey().Replace(message, match => match.Value.Replace(":", "__", StringComparison.Ordinal));

    [GeneratedRegex(@"\b(?:SharePoint|Samtale|AzureAd)(?::[A-Za-z]+)+")]
    private static partial Regex SettingKey();
}
