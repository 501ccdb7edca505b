namespace PnpSamtale.LocalTenant;

/// <summary>An <see cref="EndpointFault"/> as it stands: its id and how many requests it matched and hit so far.</summary>
/// <param name="Id">The id (<c>DELETE /_local/faults/{id}</c> removes it).</param>
/// <param name="Fault">The fault.</param>
/// <param name="Matched">Requests that matched its endpoint (and list) since it was set.</param>
/// <param name="Fired">Requests it hit.</param>
public sealed record EndpointFaultState(int Id, EndpointFault Fault, int Matched, int Fired);
