using Microsoft.Data.Sqlite;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Users;

/// <summary>The tenant's directory (Entra ID stand-in): seeded people and people added by <c>ensureuser</c>.</summary>
internal static class DirectoryStore
{
    /// <summary>The person with the UPN, or null.</summary>
    public static DirectoryEntry? Find(StoreSession session, string upn) => session.First(
        "SELECT upn, object_id, display_name, preferred_language FROM directory_users WHERE upn = @upn",
        Map,
        ("@upn", upn));

    /// <summary>Adds or updates a person; the object id of an existing person is kept.</summary>
    public static void Upsert(StoreSession session, DirectoryUser user) => session.Execute(
        """
        INSERT INTO directory_users (upn, object_id, display_name, preferred_language) VALUES (@upn, @id, @name, @language)
        ON CONFLICT (upn) DO UPDATE SET display_name = excluded.display_name, preferred_language = excluded.preferred_language
        """,
        ("@upn", user.Upn.Trim().ToLowerInvariant()),
        ("@id", StoreValues.Text(Guid.NewGuid())),
        ("@name", user.DisplayName),
        ("@language", user.PreferredLanguage));

    /// <summary>
    /// The person with the UPN; when absent and <paramref name="acceptAnyUpn"/> holds, a new directory entry with a
    /// display name made from the address. Null when the person does not exist.
    /// </summary>
    public static DirectoryEntry? Resolve(StoreSession session, string upn, bool acceptAnyUpn)
    {
        var existing = Find(session, upn);
        if (existing is not null || !acceptAnyUpn)
        {
            return existing;
        }

        Upsert(session, new DirectoryUser(upn, LoginNames.DisplayNameOf(upn), null));
        return Find(session, upn);
    }

    private static DirectoryEntry Map(SqliteDataReader r) =>
        new(r.GetText("upn"), r.GetGuid("object_id"), r.GetText("display_name"), r.GetNullableText("preferred_language"));
}

/// <summary>A person in the directory.</summary>
internal sealed record DirectoryEntry(string Upn, Guid ObjectId, string DisplayName, string? PreferredLanguage);
