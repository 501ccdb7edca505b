namespace PnpSamtale.Provisioning.Blueprints;

/// <summary>Who owns a column's value (docs/trust-model.md); the blueprint says it for every column.</summary>
public enum ColumnOwner
{
    /// <summary>Computed from the round's design; the converger puts a changed value back and logs the change.</summary>
    Design = 0,

    /// <summary>Written by the jobs; treated like <see cref="Design"/> where a person could edit it.</summary>
    Product,

    /// <summary>The conversation holder's own work: written once as an initial value, never overwritten.</summary>
    Holder,

    /// <summary>The conversation partner's own work: written once as an initial value, never overwritten.</summary>
    Partner,

    /// <summary>A value the routine gives to one role per step (a form's status, the confirmation): checked against who set it.</summary>
    Routine,

    /// <summary>Marked by the people responsible for a round step.</summary>
    Step,

    /// <summary>The OU's own, in lists only the OU can edit.</summary>
    Owners,
}

/// <summary>The owners' names as the blueprint writes them.</summary>
public static class ColumnOwners
{
    /// <summary>Whether the product keeps the value as designed (puts back a changed value).</summary>
    public static bool IsKeptByProduct(this ColumnOwner owner) => owner is ColumnOwner.Design or ColumnOwner.Product;

    /// <summary>Whether a person of the round writes the value (holder, partner, the routine's role, a step's people).</summary>
    public static bool IsPersons(this ColumnOwner owner) => owner is ColumnOwner.Holder or ColumnOwner.Partner or ColumnOwner.Routine or ColumnOwner.Step;

    /// <summary>The owner named in the blueprint.</summary>
    public static ColumnOwner Parse(string text) => Enum.Parse<ColumnOwner>(text, ignoreCase: true);
}
