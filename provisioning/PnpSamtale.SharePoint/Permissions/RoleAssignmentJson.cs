using System.Text.Json;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Permissions;

/// <summary>
/// Reads role assignments, <c>[{"PrincipalId","Member":{…},"RoleDefinitionBindings":[…]}]</c>: the one parser for the
/// answer of <c>{scope}/roleassignments?$expand=Member,RoleDefinitionBindings</c> and for items read with
/// <c>$expand=RoleAssignments/Member,RoleAssignments/RoleDefinitionBindings</c>.
/// </summary>
public static class RoleAssignmentJson
{
    /// <summary>The answer of <c>{scope}/roleassignments?$expand=Member,RoleDefinitionBindings</c>: <c>{"value":[…]}</c>.</summary>
    /// <exception cref="JsonException">The answer is not expanded role assignments.</exception>
    public static IReadOnlyList<RoleAssignment> Read(WireResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        using var document = JsonDocument.Parse(response.Content);
        return document.RootElement.TryGetProperty("value", out var value)
            ? Read(value)
            : throw new JsonException("The role assignments answer has no \"value\" array.");
    }

    /// <summary>The assignments of a JSON array whose entries carry <c>Member</c> and <c>RoleDefinitionBindings</c>.</summary>
    /// <exception cref="JsonException">The array is not fully expanded role assignments.</exception>
    public static IReadOnlyList<RoleAssignment> Read(JsonElement array)
    {
        if (!IsFullyExpanded(array))
        {
            throw new JsonException("Role assignments must be an array of entries with PrincipalId, Member and RoleDefinitionBindings; expand Member and RoleDefinitionBindings.");
        }

        return array.Deserialize<RoleAssignment[]>(WireJson.Options) ?? [];
    }

    /// <summary>Whether <paramref name="array"/> is role assignments with their members and bindings expanded.</summary>
    public static bool IsFullyExpanded(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array
        && array.EnumerateArray().All(entry => entry.ValueKind == JsonValueKind.Object
            && Has(entry, "PrincipalId", JsonValueKind.Number)
            && Has(entry, "Member", JsonValueKind.Object)
            && Has(entry, "RoleDefinitionBindings", JsonValueKind.Array));

    private static bool Has(JsonElement entry, string name, JsonValueKind kind) =>
        entry.EnumerateObject().Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == kind);
}
