using System.Net;
using Microsoft.Extensions.Logging;

namespace PnpSamtale.SharePoint.Handlers;

/// <summary>
/// Log messages of the retry machinery. Only methods, hosts, statuses, counts and delays: URLs and bodies can carry
/// names and e-mail addresses, so they are never logged.
/// </summary>
internal static partial class ResilienceLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning,
        Message = "{Method} to {Host} answered {Status}; attempt {Attempt} of {Attempts} follows in {DelayMs} ms")]
    public static partial void RetryingStatus(
        ILogger logger, string method, string host, HttpStatusCode status, int attempt, int attempts, double delayMs);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning,
        Message = "{Method} to {Host} failed with {ExceptionType}; attempt {Attempt} of {Attempts} follows in {DelayMs} ms")]
    public static partial void RetryingException(
        ILogger logger, string method, string host, string exceptionType, int attempt, int attempts, double delayMs);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning,
        Message = "{Throttled} of {Operations} batch operations were throttled; re-sending them (round {Round} of {Rounds}) in {DelayMs} ms")]
    public static partial void ResendingThrottled(
        ILogger logger, int throttled, int operations, int round, int rounds, double delayMs);
}
