namespace PnpSamtale.LocalTenant.Roles;

/// <summary>
/// The permission levels every new site gets (ids, kinds and masks as SharePoint Online has them; names en-US).
/// Clients find them by <see cref="RoleDefinition.RoleTypeKind"/>, never by name.
/// </summary>
internal static class RoleCatalog
{
    /// <summary>RoleTypeKind of Full Control.</summary>
    public const int Administrator = 5;

    /// <summary>RoleTypeKind of Edit.</summary>
    public const int Editor = 6;

    /// <summary>RoleTypeKind of Read.</summary>
    public const int Reader = 2;

    /// <summary>The built-in levels, in SharePoint's order.</summary>
    public static IReadOnlyList<RoleDefinition> BuiltIn { get; } =
    [
        new(1073741829, "Full Control", "Has full control.", Administrator, false, 1, new(2147483647, 4294967295)),
        new(1073741828, "Design", "Can view, add, update, delete, approve, and customize.", 4, false, 32, new(432, 1012866047)),
        new(1073741830, "Edit", "Can add, edit and delete lists; can view, add, update and delete list items and documents.", Editor, false, 48, new(432, 1011030767)),
        new(1073741827, "Contribute", "Can view, add, update, and delete list items and documents.", 3, false, 64, new(432, 1011028719)),
        new(1073741826, "Read", "Can view pages and list items and download documents.", Reader, false, 128, new(176, 138612833)),
        new(1073741825, "Limited Access", "Can view specific lists, document libraries, list items, folders, or documents when given permissions.", 1, true, 160, new(48, 134287360)),
    ];

    /// <summary>The built-in level of a kind.</summary>
    public static RoleDefinition OfKind(int kind) => BuiltIn.First(r => r.RoleTypeKind == kind);
}
