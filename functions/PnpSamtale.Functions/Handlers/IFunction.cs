using PnpSamtale.Functions.Protocol;

namespace PnpSamtale.Functions.Handlers;

/// <summary>One function of the app: its folder name and what it does with an invocation.</summary>
internal interface IFunction
{
    /// <summary>The function (folder) name, which is also the handler's path: <c>POST /&lt;Name&gt;</c>.</summary>
    string Name { get; }

    /// <summary>Runs one invocation. Must be safe to call concurrently.</summary>
    Task<InvocationOutcome> RunAsync(Invocation invocation, InvocationContext context, CancellationToken cancellationToken);
}

/// <summary>What every invocation gets besides its payload: its log and its moment.</summary>
/// <param name="Log">The invocation's log (returned to the host in <c>Logs</c>).</param>
/// <param name="Now">
/// The invocation's moment: the host's <c>Metadata.sys.UtcNow</c> when readable, else the handler's clock. The jobs
/// turn it into the Oslo day and time themselves (Flex Consumption runs in UTC).
/// </param>
internal sealed record InvocationContext(InvocationLog Log, DateTimeOffset Now);
