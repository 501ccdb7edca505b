namespace PnpSamtale.Provisioning.Blueprints;

/// <summary>The groups of people the permission matrix speaks of; who is in each is computed from routine and roster.</summary>
public enum RoleGroup
{
    /// <summary>People holding the routine's owner role (StInn: L-OU).</summary>
    Owners = 0,

    /// <summary>People holding the routine's custodian roles (StInn: OrgKons), the archive's keepers.</summary>
    Custodians = 1,

    /// <summary>Every conversation holder ("samtaleansvarlig") of the round.</summary>
    Holders = 2,

    /// <summary>Every conversation partner ("samtalepartner") of the round.</summary>
    Partners = 3,
}
