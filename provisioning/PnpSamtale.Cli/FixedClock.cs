namespace PnpSamtale.Cli;

/// <summary>A clock stopped at one moment: <c>--now</c> for the jobs and the local tenant they run against.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
