using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Diagnostics;

/// <summary>Request counts per endpoint key, kept in the database with the rest of the tenant's state.</summary>
internal sealed class RequestCounter(TenantDatabase database)
{
    /// <summary>Counts one request to <paramref name="endpoint"/>.</summary>
    public void Count(string endpoint) => database.Run(session => session.Execute(
        "INSERT INTO request_counts (endpoint, count) VALUES (@endpoint, 1) ON CONFLICT (endpoint) DO UPDATE SET count = count + 1",
        ("@endpoint", endpoint)));

    /// <summary>The counts so far.</summary>
    public RequestCountSnapshot Snapshot()
    {
        var rows = database.Run(session => session.Query("SELECT endpoint, count FROM request_counts ORDER BY endpoint", r => (r.GetString(0), r.GetInt64(1))));
        var byEndpoint = rows.ToDictionary(r => r.Item1, r => r.Item2, StringComparer.Ordinal);
        return new RequestCountSnapshot(byEndpoint.Values.Sum(), byEndpoint);
    }

    /// <summary>Starts counting from zero.</summary>
    public void Reset() => database.Run(session => session.Execute("DELETE FROM request_counts"));
}
