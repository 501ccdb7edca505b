using Microsoft.Extensions.Logging;

namespace PnpSamtale.Functions.Protocol;

/// <summary>
/// The log of one invocation. Every line goes back to the host in <c>Logs</c>, which writes them under the
/// invocation (so they reach Application Insights) — but only when the invocation succeeds: the host ignores the
/// body of a 500. So every line also goes to the handler's console, which the host captures too, tagged with the
/// function and the host's invocation id so a failure's lines can be found. Also the progress sink of the jobs.
/// </summary>
internal sealed partial class InvocationLog(ILogger logger, string function, string? invocationId) : IProgress<string>
{
    private readonly List<string> lines = [];
    private readonly Lock gate = new();

    /// <summary>The lines so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (gate)
            {
                return [.. lines];
            }
        }
    }

    /// <summary>Adds a line.</summary>
    public void Write(string line)
    {
        lock (gate)
        {
            lines.Add(line);
        }

        LogLine(logger, function, invocationId ?? "-", line);
    }

    /// <summary>Adds an error line.</summary>
    public void Error(string line)
    {
        lock (gate)
        {
            lines.Add("FEIL: " + line);
        }

        LogError(logger, function, invocationId ?? "-", line);
    }

    /// <inheritdoc />
    public void Report(string value) => Write(value);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Function} [{InvocationId}]: {Line}")]
    private static partial void LogLine(ILogger logger, string function, string invocationId, string line);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} [{InvocationId}]: {Line}")]
    private static partial void LogError(ILogger logger, string function, string invocationId, string line);
}
