using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Users;

/// <summary>A user or a SharePoint group of a site collection (they share one id sequence).</summary>
internal sealed record Principal(int Id, int PrincipalType, string LoginName, string Title, string Email, string? Upn, bool IsSiteAdmin, string? Description, string? OwnerTitle)
{
    /// <summary>PrincipalType of a user.</summary>
    public const int User = 1;

    /// <summary>PrincipalType of a SharePoint group.</summary>
    public const int Group = 8;

    /// <summary>Whether this is a SharePoint group.</summary>
    public bool IsGroup => PrincipalType == Group;

    /// <summary>The wire shape: SP.User or SP.Group.</summary>
    public JsonObject ToJson() => IsGroup
        ? new JsonObject
        {
            ["Id"] = Id,
            ["IsHiddenInUI"] = false,
            ["LoginName"] = LoginName,
            ["Title"] = Title,
            ["PrincipalType"] = PrincipalType,
            ["AllowMembersEditMembership"] = false,
            ["Description"] = Description,
            ["OnlyAllowMembersViewMembership"] = true,
            ["OwnerTitle"] = OwnerTitle,
        }
        : new JsonObject
        {
            ["Id"] = Id,
            ["IsHiddenInUI"] = false,
            ["LoginName"] = LoginName,
            ["Title"] = Title,
            ["PrincipalType"] = PrincipalType,
            ["Email"] = Email,
            ["IsSiteAdmin"] = IsSiteAdmin,
            ["UserPrincipalName"] = Upn,
        };
}
