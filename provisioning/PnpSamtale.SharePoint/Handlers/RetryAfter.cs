using System.Net.Http.Headers;

namespace PnpSamtale.SharePoint.Handlers;

/// <summary>Reads <c>Retry-After</c> in both of its forms: delta-seconds (<c>7</c>) and an HTTP date.</summary>
internal static class RetryAfter
{
    /// <summary>How long to wait, measured from <paramref name="now"/>; <c>null</c> when the header is absent or invalid.</summary>
    public static TimeSpan? Parse(string? value, DateTimeOffset now) =>
        RetryConditionHeaderValue.TryParse(value, out var parsed) ? Of(parsed, now) : null;

    /// <summary>How long a parsed header asks to wait, never negative.</summary>
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
}
