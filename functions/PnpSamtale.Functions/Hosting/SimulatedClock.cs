using System.Globalization;

namespace PnpSamtale.Functions.Hosting;

/// <summary>
/// The app's clock when <see cref="AppOptions.SimulatedClock"/> names a file: now is the moment written in it (ISO 8601,
/// read again on every use), so a day can be replayed against the local tenant without waiting for it — what the CLI's
/// <c>--now</c> does for one command. Only allowed with SharePoint on loopback (see <see cref="AppOptionsValidator"/>);
/// timers and delays still run on the system's clock.
/// </summary>
internal sealed class SimulatedClock(string path) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        var text = File.ReadAllText(path).Trim();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? moment.ToUniversalTime()
            : throw new InvalidOperationException($"Samtale__SimulatedClock: '{path}' does not hold a moment (ISO 8601, e.g. 2026-11-12T06:00:00Z); found '{text}'.");
    }

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
