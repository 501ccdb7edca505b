namespace PnpSamtale.LocalTenant;

/// <summary>
/// A fault the local tenant injects into the requests of one endpoint: the request is carried out and its answer is
/// lost (<see cref="EndpointFaultKind.DropResponseAfterCommit"/>) or cut short (<see cref="EndpointFaultKind.DropAfterBytes"/>),
/// or it never arrives (<see cref="EndpointFaultKind.DropRequest"/>). Set at start-up in <see cref="FaultOptions.Endpoints"/>
/// or at run time with <see cref="LocalTenantServer.AddFault"/> or <c>POST /_local/faults</c>, so a test can say "drop
/// the response of the 3rd add to Varsler, once":
/// <c>new EndpointFault("batch:POST /_api/web/lists({listKey})/AddValidateUpdateItemUsingPath", EndpointFaultKind.DropResponseAfterCommit) { List = "Varsler", FromMatch = 3 }</c>.
/// </summary>
/// <param name="Endpoint">
/// The endpoint key, exactly as <c>GET /_local/requests</c> counts it: <c>"{METHOD} {route template}"</c> (case-insensitive),
/// e.g. <c>POST /_api/web/lists({listKey})/AddValidateUpdateItemUsingPath</c> or <c>POST /v1.0/users/{upn}/sendMail</c>;
/// with the prefix <c>batch:</c> for an operation inside a <c>$batch</c>. A key for the direct call does not match the
/// same operation inside a batch, nor the other way round.
/// </param>
/// <param name="Kind">What happens to a request the fault hits.</param>
public sealed record EndpointFault(string Endpoint, EndpointFaultKind Kind)
{
    /// <summary>The prefix of the key of an operation inside a <c>$batch</c>.</summary>
    public const string BatchPrefix = "batch:";

    /// <summary>
    /// Only requests addressed to the list with this title (case-insensitive; by title or by id in the path).
    /// Default <c>null</c>: any request to <see cref="Endpoint"/>.
    /// </summary>
    public string? List { get; init; }

    /// <summary>For <see cref="EndpointFaultKind.DropAfterBytes"/>: how many bytes of the response body get through. Default 0.</summary>
    public int Bytes { get; init; }

    /// <summary>The first matching request (1-based, counted from when the fault was set) the fault may hit. Default 1.</summary>
    public int FromMatch { get; init; } = 1;

    /// <summary>The chance (above 0, at most 1) that a matching request from <see cref="FromMatch"/> on is hit. Default 1.</summary>
    public double Rate { get; init; } = 1;

    /// <summary>How many requests the fault hits at most; 0 for no limit. Default 1: once.</summary>
    public int Times { get; init; } = 1;

    /// <summary>Whether the fault is set on an operation inside a <c>$batch</c>.</summary>
    public bool IsBatchOperation => Endpoint?.StartsWith(BatchPrefix, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>What is wrong with the fault, one line per problem naming the property; empty when it is valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var key = IsBatchOperation ? Endpoint[BatchPrefix.Length..] : Endpoint ?? string.Empty;
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || space == key.Length - 1 || key[(space + 1)..][0] != '/')
        {
            problems.Add($"Endpoint must be a key like 'POST /_api/web/lists({{listKey}})/AddValidateUpdateItemUsingPath' (as GET /_local/requests shows it), optionally prefixed with 'batch:'; found '{Endpoint}'.");
        }

        if (!Enum.IsDefined(Kind))
        {
            problems.Add($"Kind must be DropResponseAfterCommit, DropAfterBytes or DropRequest; found {Kind}.");
        }

        if (Kind == EndpointFaultKind.DropRequest && IsBatchOperation)
        {
            problems.Add("Kind DropRequest cannot be set on an operation inside a $batch (the batch arrives whole or not at all); set it on 'POST /_api/$batch' or 'POST /v1.0/$batch'.");
        }

        if (Bytes < 0)
        {
            problems.Add($"Bytes must not be negative; found {Bytes}.");
        }

        if (FromMatch < 1)
        {
            problems.Add($"FromMatch must be 1 or more (the first matching request is 1); found {FromMatch}.");
        }

        if (!(Rate > 0 && Rate <= 1))
        {
            problems.Add($"Rate must be above 0 and at most 1; found {Rate}.");
        }

        if (Times < 0)
        {
            problems.Add($"Times must be 0 (no limit) or more; found {Times}.");
        }

        return problems;
    }
}
