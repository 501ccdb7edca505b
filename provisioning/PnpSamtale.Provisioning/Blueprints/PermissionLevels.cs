namespace PnpSamtale.Provisioning.Blueprints;

/// <summary>
/// The permission level PnpSamtale adds to every round site: Contribute without <c>DeleteListItems</c> and
/// <c>DeleteVersions</c>. The people of a round edit their forms, conversations and measures with it, and cannot delete
/// (or recycle) any of them: a form leaves the round only when the shredding job destroys it at the end of the term,
/// with a receipt. Masks as SharePoint has them (Contribute: High 432, Low 1011028719).
/// </summary>
public static class PermissionLevels
{
    /// <summary>The level's name on the site (sites are Norwegian).</summary>
    public const string EditWithoutDelete = "Bidra uten sletting";

    /// <summary>What the level is for, as the site shows it.</summary>
    public const string EditWithoutDeleteDescription = "Kan vise, legge til og oppdatere elementer og dokumenter, men ikke slette dem.";

    /// <summary>The high 32 bits of its base permissions (Contribute's).</summary>
    public const uint High = 432;

    /// <summary>The low 32 bits: Contribute's 1011028719 without DeleteListItems (0x8) and DeleteVersions (0x80).</summary>
    public const uint Low = 1011028719u & ~(0x8u | 0x80u);
}
