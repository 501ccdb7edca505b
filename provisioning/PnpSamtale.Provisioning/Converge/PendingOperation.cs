using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.Provisioning.Converge;

/// <summary>A write waiting for its batch: the request, what it is about, and what to learn from its answer.</summary>
/// <param name="Request">The request.</param>
/// <param name="Artefact">What it changes, for progress and failure messages.</param>
/// <param name="OnSuccess">What to record from a successful answer (e.g. a new id).</param>
internal sealed record PendingOperation(WireRequest Request, string Artefact, Action<WireResponse>? OnSuccess = null)
{
    /// <summary>An earlier operation of the same step this one needs (a grant needs its scope's own permissions).</summary>
    public PendingOperation? After { get; init; }

    /// <summary>The last error, while the operation waits to be re-sent.</summary>
    public string? LastError { get; set; }
}
