namespace PnpSamtale.LocalTenant;

/// <summary>A SharePoint or Graph request as it reaches the local tenant, before anything of it is carried out.</summary>
/// <param name="Endpoint">Its endpoint key, as <c>GET /_local/requests</c> counts it (<c>POST /_api/$batch</c> for a batch).</param>
/// <param name="Number">How many requests reached the server before it, plus one (1-based, counted from the start; a <c>$batch</c> once).</param>
public sealed record RequestArrival(string Endpoint, int Number);
