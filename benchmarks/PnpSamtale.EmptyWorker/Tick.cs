using Microsoft.Azure.Functions.Worker;

namespace PnpSamtale.EmptyWorker;

/// <summary>The one function of the baseline: a timer that does nothing.</summary>
internal static class Tick
{
    /// <summary>Returns at once.</summary>
    [Function("Tick")]
    public static void Run([TimerTrigger("0 0 5 * * *")] TimerInfo timer) => ArgumentNullException.ThrowIfNull(timer);
}
