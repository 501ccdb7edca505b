using System.Security.Claims;

namespace PnpSamtale.Functions.Callers;

/// <summary>Who called, as an id: the user's or app's object id, else the app id. Never a name.</summary>
internal static class CallerIdentity
{
    /// <summary>The object id claim of an Entra ID token.</summary>
    public const string ObjectIdClaim = "oid";

    private const string ObjectIdUri = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    /// <summary>The caller's id, or <c>null</c> when the principal names none.</summary>
    public static string? Of(ClaimsPrincipal? principal) =>
        principal is null
            ? null
            : new[] { ObjectIdClaim, ObjectIdUri, "appid", "azp" }.Select(type => principal.FindFirst(type)?.Value).FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
