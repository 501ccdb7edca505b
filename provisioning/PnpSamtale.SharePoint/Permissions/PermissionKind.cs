namespace PnpSamtale.SharePoint.Permissions;

/// <summary>
/// SharePoint base permissions, numbered as SharePoint numbers them: the permission with value <c>n</c> is bit
/// <c>n - 1</c> of the 64-bit mask (<c>Low</c> holds bits 0–31, <c>High</c> bits 32–63).
/// </summary>
public enum PermissionKind
{
    /// <summary>No permission.</summary>
    EmptyMask = 0,

    /// <summary>View items in lists and documents in libraries.</summary>
    ViewListItems = 1,

    /// <summary>Add items.</summary>
    AddListItems = 2,

    /// <summary>Edit items.</summary>
    EditListItems = 3,

    /// <summary>Delete items.</summary>
    DeleteListItems = 4,

    /// <summary>Approve items.</summary>
    ApproveItems = 5,

    /// <summary>Open items (view the source of documents).</summary>
    OpenItems = 6,

    /// <summary>View past versions.</summary>
    ViewVersions = 7,

    /// <summary>Delete past versions.</summary>
    DeleteVersions = 8,

    /// <summary>Create and delete lists, add or remove columns.</summary>
    ManageLists = 12,

    /// <summary>View pages.</summary>
    ViewPages = 18,

    /// <summary>Create and change permission levels and grant permissions.</summary>
    ManagePermissions = 26,

    /// <summary>Enumerate permissions.</summary>
    EnumeratePermissions = 63,

    /// <summary>Every permission.</summary>
    FullMask = 65,
}
