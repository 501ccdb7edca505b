using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.Permissions;

/// <summary>
/// Who a request runs as: the app principal (app-only, full control), or the user named in
/// <c>X-Local-Act-As</c>, whose effective permissions then decide what they may read and write.
/// </summary>
internal sealed record Caller(string? ActAsUpn)
{
    /// <summary>The header naming the user to act as.</summary>
    public const string ActAsHeader = "X-Local-Act-As";

    /// <summary>The app principal (what Graph requests run as).</summary>
    public static Caller App { get; } = new((string?)null);

    /// <summary>Whether the request runs as the app principal.</summary>
    public bool IsApp => ActAsUpn is null;

    /// <summary>The login name to look the acting user up by.</summary>
    public string LoginName => ActAsUpn is null ? LoginNames.AppPrincipal : LoginNames.ForUpn(ActAsUpn);

    /// <summary>The caller of a request.</summary>
    public static Caller From(HttpContext http)
    {
        var header = http.Request.Headers[ActAsHeader].ToString().Trim();
        if (header.Length == 0)
        {
            return App;
        }

        return new Caller(LoginNames.TryGetUpn(header, out var upn) ? upn : header.ToLowerInvariant());
    }
}
