namespace PnpSamtale.Core.Rosters;

/// <summary>Someone in the roster.</summary>
public sealed record Person
{
    /// <summary>User principal name / e-mail, lower case; the person's key.</summary>
    public required string Upn { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Preferred language for forms and mail.</summary>
    public Language Language { get; init; } = Language.Norwegian;

    /// <summary>The UPN of the person's manager (hierarchy-based routines).</summary>
    public string? Manager { get; init; }

    /// <summary>The UPN of the person the manager delegated this person's conversation to.</summary>
    public string? Delegate { get; init; }

    /// <summary>The conversation category (e.g. <c>postdoc</c>), matched against the routine's categories.</summary>
    public string? Category { get; init; }

    /// <summary>The person's roles.</summary>
    public IReadOnlyList<RoleAssignment> Roles { get; init; } = [];
}
