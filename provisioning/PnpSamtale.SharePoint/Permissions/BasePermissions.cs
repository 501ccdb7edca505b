namespace PnpSamtale.SharePoint.Permissions;

/// <summary>A 64-bit SharePoint permission mask as the wire carries it: two 32-bit halves, sent as strings.</summary>
/// <param name="High">Bits 32–63.</param>
/// <param name="Low">Bits 0–31.</param>
public sealed record BasePermissions(uint High, uint Low)
{
    /// <summary>No permission at all (<c>{"High":"0","Low":"0"}</c>).</summary>
    public static BasePermissions None { get; } = new(0, 0);

    /// <summary>Whether the mask grants <paramref name="permission"/>.</summary>
    public bool Has(PermissionKind permission)
    {
        if (permission == PermissionKind.EmptyMask)
        {
            return true;
        }

        if (permission == PermissionKind.FullMask)
        {
            return High == 0x7FFFFFFF && Low == 0xFFFFFFFF;
        }

        var bit = (int)permission - 1;
        return bit < 32 ? (Low & (1u << bit)) != 0 : (High & (1u << (bit - 32))) != 0;
    }
}
