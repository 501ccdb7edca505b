using System.Globalization;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Roles;

/// <summary>
/// SharePoint's 64-bit permission mask, split as the wire sends it: <see cref="High"/> and <see cref="Low"/> 32 bits.
/// </summary>
internal readonly record struct BasePermissions(uint High, uint Low)
{
    /// <summary>View items in lists and documents in libraries.</summary>
    public const uint ViewListItems = 0x1;

    /// <summary>Add items to lists and documents to libraries.</summary>
    public const uint AddListItems = 0x2;

    /// <summary>Edit items and documents.</summary>
    public const uint EditListItems = 0x4;

    /// <summary>Delete items and documents.</summary>
    public const uint DeleteListItems = 0x8;

    /// <summary>Delete past versions of items and documents.</summary>
    public const uint DeleteVersions = 0x80;

    /// <summary>Create and change lists.</summary>
    public const uint ManageLists = 0x800;

    /// <summary>Create and change permission levels and grant them.</summary>
    public const uint ManagePermissions = 0x2000000;

    /// <summary>Manage the web: groups, settings, everything a site owner does.</summary>
    public const uint ManageWeb = 0x40000000;

    /// <summary>No permissions.</summary>
    public static BasePermissions Empty { get; }

    /// <summary>Every permission (a site collection administrator or the app principal).</summary>
    public static BasePermissions Full { get; } = new(2147483647, 4294967295);

    /// <summary>Whether every bit of <paramref name="lowBits"/> is granted.</summary>
    public bool Has(uint lowBits) => (Low & lowBits) == lowBits;

    /// <summary>The union of two masks.</summary>
    public BasePermissions Union(BasePermissions other) => new(High | other.High, Low | other.Low);

    /// <summary><c>{"High":"…","Low":"…"}</c>, the numbers as strings.</summary>
    public JsonObject ToJson() => new()
    {
        ["High"] = High.ToString(CultureInfo.InvariantCulture),
        ["Low"] = Low.ToString(CultureInfo.InvariantCulture),
    };
}
