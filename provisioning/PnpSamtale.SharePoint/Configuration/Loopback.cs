using System.Net;

namespace PnpSamtale.SharePoint.Configuration;

/// <summary>Whether a URL points at this machine: <c>localhost</c>, <c>127.0.0.0/8</c> or <c>[::1]</c>.</summary>
internal static class Loopback
{
    /// <summary>Whether <paramref name="url"/> is an absolute URL on a loopback host.</summary>
    public static bool IsLoopback(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            return false;
        }

        var host = url.IdnHost;
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }
}
