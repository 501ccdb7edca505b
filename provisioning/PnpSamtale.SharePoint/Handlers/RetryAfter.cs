using System.Globalization;
using System.Net.Http.Headers;

namespace PnpSamtale.SharePoint.Handlers;

/// <summary>
/// How long a throttled answer asks to wait: <c>Retry-After</c> in both of its forms (delta-seconds <c>7</c> and an HTTP
/// date), and the greater of it and <c>RateLimit-Reset</c> (seconds) when SharePoint sends both, as Microsoft asks.
/// </summary>
internal static class RetryAfter
{
    /// <summary>How long to wait, measured from <paramref name="now"/>; <c>null</c> when neither header is present and valid.</summary>
    public static TimeSpan? Parse(string? retryAfter, string? rateLimitReset, DateTimeOffset now) =>
        Larger(RetryConditionHeaderValue.TryParse(retryAfter, out var parsed) ? Of(parsed, now) : null, Seconds(rateLimitReset));

    /// <summary>The wait an HTTP response asks for.</summary>
    public static TimeSpan? Of(HttpResponseMessage? response, DateTimeOffset now) =>
        response is null
            ? null
            : Larger(Of(response.Headers.RetryAfter, now), Seconds(response.Headers.TryGetValues("RateLimit-Reset", out var values) ? values.FirstOrDefault() : null));

    /// <summary>How long a parsed <c>Retry-After</c> asks to wait, never negative.</summary>
    public static TimeSpan? Of(RetryConditionHeaderValue? value, DateTimeOffset now)
    {
        if (value?.Delta is { } delta)
        {
            return delta;
        }

        if (value?.Date is { } date)
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static TimeSpan? Seconds(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;

    private static TimeSpan? Larger(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
