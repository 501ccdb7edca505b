namespace PnpSamtale.SharePoint.Users;

/// <summary>SharePoint claims login names.</summary>
public static class LoginNames
{
    /// <summary>The claims prefix of a Microsoft Entra user.</summary>
    public const string MembershipPrefix = "i:0#.f|membership|";

    /// <summary>
    /// <c>i:0#.f|membership|{upn}</c> for a user principal name; a value that is already a claim (two or more
    /// <c>|</c>) or is not an e-mail-like name (e.g. "Everyone except external users") is returned as it is.
    /// </summary>
    public static string ForUser(string upnOrLoginName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(upnOrLoginName);
        var bars = upnOrLoginName.Count(c => c == '|');
        return upnOrLoginName.Contains('@', StringComparison.Ordinal) && bars < 2
            ? MembershipPrefix + upnOrLoginName
            : upnOrLoginName;
    }
}
