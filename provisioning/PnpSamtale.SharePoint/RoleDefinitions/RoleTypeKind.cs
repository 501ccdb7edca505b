namespace PnpSamtale.SharePoint.RoleDefinitions;

/// <summary>
/// The language-independent kind of a role definition (<c>RoleTypeKind</c>). Look roles up by kind: their names are
/// localised in the site's language (a 1044 site has no role called "Contribute").
/// </summary>
public enum RoleTypeKind
{
    /// <summary>0: none.</summary>
    None = 0,

    /// <summary>1: Limited Access (hidden).</summary>
    Guest = 1,

    /// <summary>2: Read.</summary>
    Reader = 2,

    /// <summary>3: Contribute.</summary>
    Contributor = 3,

    /// <summary>4: Design.</summary>
    WebDesigner = 4,

    /// <summary>5: Full Control.</summary>
    Administrator = 5,

    /// <summary>6: Edit.</summary>
    Editor = 6,

    /// <summary>7: Review.</summary>
    Reviewer = 7,

    /// <summary>8: Restricted View (hidden).</summary>
    RestrictedReader = 8,

    /// <summary>9: Web-Only Limited Access (hidden).</summary>
    RestrictedGuest = 9,

    /// <summary>255: system roles (hidden).</summary>
    System = 255,
}
