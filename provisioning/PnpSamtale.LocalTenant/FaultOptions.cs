namespace PnpSamtale.LocalTenant;

/// <summary>
/// Faults the local tenant injects into SharePoint and Graph requests (never into <c>/_local/*</c> or <c>/</c>).
/// Random decisions come from one <see cref="Random"/> seeded with <see cref="Seed"/>, so a run is repeatable.
/// Inside a <c>$batch</c> only throttling applies, per inner operation; the outer batch request gets latency and
/// may be dropped, but is itself never throttled and uses none of the budget. Faults on single endpoints — a response
/// lost after the request was carried out, or cut short — are <see cref="Endpoints"/>.
/// </summary>
public sealed class FaultOptions
{
    /// <summary>A fixed delay added to every request. Default zero.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>A random extra delay between zero and this, added to <see cref="Latency"/>. Default zero.</summary>
    public TimeSpan LatencyJitter { get; set; }

    /// <summary>The share of requests (0–1) answered with <see cref="ThrottleStatusCode"/>. Default 0.</summary>
    public double ThrottleRate { get; set; }

    /// <summary>
    /// A budget of requests per clock minute, like SharePoint's resource units: once used, every further request in
    /// that minute is throttled with <c>Retry-After</c> = seconds to the next minute. Default 0: no budget.
    /// </summary>
    public int RequestsPerMinute { get; set; }

    /// <summary>The status of a throttled request: 429 (default) or 503.</summary>
    public int ThrottleStatusCode { get; set; } = 429;

    /// <summary>The <c>Retry-After</c> sent with rate-based throttling, rounded up to whole seconds. Default 1 s.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The share of requests (0–1) whose connection is aborted without an answer. Default 0.</summary>
    public double DropRate { get; set; }

    /// <summary>The seed of the random decisions. Default 1.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>
    /// Faults on single endpoints in force from the start (more can be set while the server runs, see
    /// <see cref="LocalTenantServer.AddFault"/>). Default none.
    /// </summary>
    public IList<EndpointFault> Endpoints { get; } = [];

    /// <summary>
    /// Called for every SharePoint and Graph request as it arrives (a <c>$batch</c> once, before its operations; never
    /// <c>/_local/*</c> or <c>/</c>), after it is counted and before anything of it is carried out or faulted, with its
    /// endpoint key and number. It may wait; it returns whether to carry the request out — <see langword="false"/>
    /// closes the connection unanswered, as <see cref="EndpointFaultKind.DropRequest"/>. For tests that stop a client at
    /// an exact point: kill the process that sent the 7th request, then carry that request out or not. Default none.
    /// </summary>
    public Func<RequestArrival, Task<bool>>? BeforeRequest { get; set; }
}
