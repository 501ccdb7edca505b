using System.Diagnostics.CodeAnalysis;

namespace PnpSamtale.LocalTenant.Users;

/// <summary>Claims login names as SharePoint Online writes them.</summary>
internal static class LoginNames
{
    /// <summary>The login name of the app principal every app-only call runs as.</summary>
    public const string AppPrincipal = "i:0i.t|ms.sp.ext|app@sharepoint";

    /// <summary>The display name of the app principal.</summary>
    public const string AppPrincipalTitle = "SharePoint App";

    private const string MembershipPrefix = "i:0#.f|membership|";

    /// <summary>The membership claim of a UPN (lowercase, as SharePoint stores it).</summary>
    public static string ForUpn(string upn) => MembershipPrefix + upn.ToLowerInvariant();

    /// <summary>Whether <paramref name="text"/> looks like a UPN: <c>name@domain.tld</c>, no spaces or bars.</summary>
    public static bool IsUpn(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || text.Any(c => char.IsWhiteSpace(c) || c == '|'))
        {
            return false;
        }

        var domain = text[(at + 1)..];
        var dot = domain.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && dot < domain.Length - 1;
    }

    /// <summary>The UPN in a membership claim or a bare UPN; false for any other login.</summary>
    public static bool TryGetUpn(string? logonName, [NotNullWhen(true)] out string? upn)
    {
        var text = (logonName ?? string.Empty).Trim();
        if (text.StartsWith(MembershipPrefix, StringComparison.OrdinalIgnoreCase))
        {
            text = text[MembershipPrefix.Length..];
        }

        upn = IsUpn(text) ? text.ToLowerInvariant() : null;
        return upn is not null;
    }

    /// <summary>A display name made from an address: <c>kari.nordmann@x.no</c> → "Kari Nordmann".</summary>
    public static string DisplayNameOf(string upn)
    {
        var local = upn[..upn.IndexOf('@', StringComparison.Ordinal)];
        var words = local.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        return string.Join(' ', words);
    }
}
