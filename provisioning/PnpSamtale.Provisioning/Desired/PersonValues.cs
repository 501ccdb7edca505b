using System.Text.Json;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.Provisioning.Desired;

/// <summary>Reads the UPN back out of a person field's form value (<c>[{"Key":"i:0#.f|membership|{upn}"}]</c>).</summary>
internal static class PersonValues
{
    public static string Upn(string fieldValue)
    {
        using var document = JsonDocument.Parse(fieldValue);
        var key = document.RootElement[0].GetProperty("Key").GetString() ?? string.Empty;
        return (key.StartsWith(LoginNames.MembershipPrefix, StringComparison.OrdinalIgnoreCase) ? key[LoginNames.MembershipPrefix.Length..] : key).ToLowerInvariant();
    }

    public static bool IsPerson(string fieldValue) => fieldValue.StartsWith("[{", StringComparison.Ordinal);
}
