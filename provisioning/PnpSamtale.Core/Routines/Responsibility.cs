namespace PnpSamtale.Core.Routines;

/// <summary>Who carries out a step, resolved from the routine's "Ansvarlig" column.</summary>
public enum ResponsibleKind
{
    /// <summary>A role from the roster, named by its abbreviation.</summary>
    Role,

    /// <summary>The holder of each conversation ("samtaleansvarlig").</summary>
    Holder,

    /// <summary>The partner of each conversation ("samtalepartner").</summary>
    Partner,

    /// <summary>Everyone who holds a copy of the form ("alle med en kopi").</summary>
    CopyHolders,
}

/// <summary>The structured responsible of a step; <see cref="Role"/> is set when the kind is a roster role.</summary>
public readonly record struct Responsibility(ResponsibleKind Kind, string? Role)
{
    /// <summary>A roster role.</summary>
    public static Responsibility ForRole(string role) => new(ResponsibleKind.Role, role);
}
