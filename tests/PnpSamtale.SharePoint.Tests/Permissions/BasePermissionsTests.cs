using PnpSamtale.SharePoint.Permissions;

namespace PnpSamtale.SharePoint.Tests.Permissions;

public sealed class BasePermissionsTests
{
    // The masks of wire-subset.md's role table: Full Control 2147483647/4294967295, Edit 432/1011030767, Read 176/138612833.
    private static readonly BasePermissions FullControl = new(2147483647, 4294967295);
    private static readonly BasePermissions Edit = new(432, 1011030767);
    private static readonly BasePermissions Read = new(176, 138612833);

    [Fact]
    public void Has_DocumentedRoleMasks_GrantWhatTheRolesMean()
    {
        Assert.True(Read.Has(PermissionKind.ViewListItems));
        Assert.False(Read.Has(PermissionKind.EditListItems));
        Assert.True(Edit.Has(PermissionKind.EditListItems));
        Assert.True(Edit.Has(PermissionKind.DeleteListItems));
        Assert.False(Edit.Has(PermissionKind.ManagePermissions));
        Assert.True(FullControl.Has(PermissionKind.ManagePermissions));
        Assert.True(FullControl.Has(PermissionKind.FullMask));
        Assert.False(Edit.Has(PermissionKind.FullMask));
    }

    [Fact]
    public void Has_NoPermissions_GrantsNothing()
    {
        Assert.False(BasePermissions.None.Has(PermissionKind.ViewListItems));
        Assert.False(BasePermissions.None.Has(PermissionKind.EnumeratePermissions));
    }
}
