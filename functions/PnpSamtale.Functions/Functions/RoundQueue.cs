namespace PnpSamtale.Functions.Functions;

/// <summary>
/// The queue of rounds to provision: <c>StartRound</c> and <c>RoundKickoff</c> write <see cref="RoundOrder"/> messages
/// to it, <c>ProvisionRound</c> takes them. The host's storage account (<c>AzureWebJobsStorage</c>); a message that
/// fails host.json's <c>maxDequeueCount</c> times goes to <c>samtale-rounds-poison</c>.
/// </summary>
internal static class RoundQueue
{
    /// <summary>The queue's name.</summary>
    public const string Name = "samtale-rounds";

    /// <summary>Where the host moves a message that failed every delivery.</summary>
    public const string Poison = Name + "-poison";
}
