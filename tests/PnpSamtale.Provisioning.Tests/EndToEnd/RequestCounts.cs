using PnpSamtale.LocalTenant;

namespace PnpSamtale.Provisioning.Tests.EndToEnd;

/// <summary>Reading the local tenant's counts the way the targets are stated.</summary>
internal static class RequestCounts
{
    /// <summary>HTTP requests sent: a <c>$batch</c> is one, however many operations it carries.</summary>
    public static int Http(this RequestCountSnapshot counts) =>
        (int)counts.ByEndpoint.Where(e => !e.Key.StartsWith("batch:", StringComparison.Ordinal)).Sum(e => e.Value);

    public static string Describe(this RequestCountSnapshot counts) =>
        string.Join(", ", counts.ByEndpoint.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}"));
}
