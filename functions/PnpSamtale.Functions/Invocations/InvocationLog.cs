using Microsoft.Extensions.Logging;

namespace PnpSamtale.Functions.Invocations;

/// <summary>
/// The lines of one invocation, written to the function's logger: the worker sends them to the Functions host under
/// the invocation's id (so they reach Application Insights), whether the invocation succeeds or fails. Also the
/// progress sink of the jobs. Lines carry ids and counts, never names or form content.
/// </summary>
internal sealed partial class InvocationLog(ILogger logger) : IProgress<string>
{
    /// <summary>Writes a line.</summary>
    public void Write(string line) => LogLine(logger, line);

    /// <summary>Writes an error line.</summary>
    public void Error(string line) => LogError(logger, line);

    /// <inheritdoc />
    public void Report(string value) => Write(value);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Line}")]
    private static partial void LogLine(ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Error, Message = "FEIL: {Line}")]
    private static partial void LogError(ILogger logger, string line);
}
