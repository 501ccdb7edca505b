using PnpSamtale.Jobs.Leases;

namespace PnpSamtale.Cli;

/// <summary>How the CLI names itself in a round's lease, and what it prints and returns when it cannot run.</summary>
internal static class Leasing
{
    /// <summary>The holder a lease names: the command and the machine, e.g. <c>samtale round start på vert-1</c>.</summary>
    public static string Holder(string command) => $"samtale {command} på {Environment.MachineName}";

    /// <summary>
    /// <c>null</c> when the work ran; otherwise prints the one line saying why not and returns the exit code:
    /// <see cref="ExitCodes.InProgress"/> when another run holds (or took) a lease, <see cref="ExitCodes.InvalidDefinition"/>
    /// when the round is not in the registry.
    /// </summary>
    public static async Task<int?> RefusedAsync<T>(CliContext context, LeasedResult<T> result)
    {
        if (result.Line() is not { } line)
        {
            return null;
        }

        await context.Error.WriteLineAsync("samtale: " + line).ConfigureAwait(false);
        return result.Outcome is LeasedOutcome.Busy or LeasedOutcome.Lost ? ExitCodes.InProgress : ExitCodes.InvalidDefinition;
    }
}
