using Microsoft.Extensions.Options;

namespace PnpSamtale.LocalTenant;

/// <summary>Checks <see cref="LocalTenantOptions"/>; each failure names the option, what is allowed and what was found.</summary>
public sealed class LocalTenantOptionsValidator : IValidateOptions<LocalTenantOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, LocalTenantOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(options.DataDirectory is null || !string.IsNullOrWhiteSpace(options.DataDirectory), "DataDirectory must be a folder path or null (in memory); found an empty value.");
        Check(options.Port is >= 0 and <= 65535, $"Port must be 0 (any free port) to 65535; found {options.Port}.");
        Check(options.TimeProvider is not null, "TimeProvider must be set.");
        Check(options.ListViewThreshold >= 1, $"ListViewThreshold must be at least 1; found {options.ListViewThreshold}.");
        Check(Sites.SiteZone.IsKnown(options.DefaultTimeZoneId), $"DefaultTimeZoneId must be a time zone the local tenant knows (4 or 13); found {options.DefaultTimeZoneId}.");
        Check(options.MissingSiteStatus is 0 or 1, $"MissingSiteStatus must be 0 or 1; found {options.MissingSiteStatus}.");
        Check(options.UniqueScopeLimit >= 1, $"UniqueScopeLimit must be at least 1; found {options.UniqueScopeLimit}.");
        Check(options.SentItemsDelay >= TimeSpan.Zero, $"SentItemsDelay must not be negative; found {options.SentItemsDelay}.");
        var faults = options.Faults;
        if (faults is null)
        {
            failures.Add("Faults must be set (use new FaultOptions() for none).");
            return ValidateOptionsResult.Fail(failures);
        }

        Check(faults.Latency >= TimeSpan.Zero, $"Faults.Latency must not be negative; found {faults.Latency}.");
        Check(faults.LatencyJitter >= TimeSpan.Zero, $"Faults.LatencyJitter must not be negative; found {faults.LatencyJitter}.");
        Check(faults.ThrottleRate is >= 0 and <= 1, $"Faults.ThrottleRate must be between 0 and 1; found {faults.ThrottleRate}.");
        Check(faults.DropRate is >= 0 and <= 1, $"Faults.DropRate must be between 0 and 1; found {faults.DropRate}.");
        Check(faults.RequestsPerMinute >= 0, $"Faults.RequestsPerMinute must be 0 (no budget) or more; found {faults.RequestsPerMinute}.");
        Check(faults.ThrottleStatusCode is 429 or 503, $"Faults.ThrottleStatusCode must be 429 or 503; found {faults.ThrottleStatusCode}.");
        Check(faults.RetryAfter >= TimeSpan.Zero, $"Faults.RetryAfter must not be negative; found {faults.RetryAfter}.");
        for (var i = 0; i < faults.Endpoints.Count; i++)
        {
            foreach (var problem in faults.Endpoints[i]?.Problems() ?? ["must be set."])
            {
                failures.Add($"Faults.Endpoints[{i}].{problem}");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Check(bool valid, string failure)
        {
            if (!valid)
            {
                failures.Add(failure);
            }
        }
    }
}
