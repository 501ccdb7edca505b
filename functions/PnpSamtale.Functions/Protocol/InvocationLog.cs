using Microsoft.Extensions.Logging;

namespace PnpSamtale.Functions.Protocol;

/// <summary>
/// The log of one invocation: every line goes to the handler's logger and back to the host in <c>Logs</c> (which
/// writes them under the invocation, so they reach Application Insights). Also the progress sink of the jobs.
/// </summary>
internal sealed partial class InvocationLog(ILogger logger, string function) : IProgress<string>
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

        LogLine(logger, function, line);
    }

    /// <summary>Adds an error line.</summary>
    public void Error(string line)
    {
        lock (gate)
        {
            lines.Add("FEIL: " + line);
        }

        LogError(logger, function, line);
    }

    /// <inheritdoc />
    public void Report(string value) => Write(value);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Function}: {Line}")]
    private static partial void LogLine(ILogger logger, string function, string line);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function}: {Line}")]
    private static partial void LogError(ILogger logger, string function, string line);
}
