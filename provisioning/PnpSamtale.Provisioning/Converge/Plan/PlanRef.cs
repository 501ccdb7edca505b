using PnpSamtale.SharePoint.RoleDefinitions;

namespace PnpSamtale.Provisioning.Converge.Plan;

/// <summary>Something an operation needs the id of, which may exist already or be made by an earlier operation.</summary>
public abstract record PlanRef
{
    /// <summary>How the reference reads in a printed plan.</summary>
    public abstract string Describe();
}

/// <summary>A list or library, by title.</summary>
/// <param name="Title">The list's title.</param>
public sealed record ListRef(string Title) : PlanRef
{
    /// <inheritdoc />
    public override string Describe() => Title;
}

/// <summary>A site group, by title.</summary>
/// <param name="Title">The group's title.</param>
public sealed record GroupRef(string Title) : PlanRef
{
    /// <inheritdoc />
    public override string Describe() => $"«{Title}»";
}

/// <summary>A person as a site user, by UPN.</summary>
/// <param name="Upn">The person.</param>
public sealed record UserRef(string Upn) : PlanRef
{
    /// <inheritdoc />
    public override string Describe() => Upn;
}

/// <summary>An item (a folder, a file's item) of a list, by the list's key for it.</summary>
/// <param name="List">The list's title.</param>
/// <param name="Key">The item's key (its key column's value, a file or folder name).</param>
public sealed record ItemRef(string List, string Key) : PlanRef
{
    /// <inheritdoc />
    public override string Describe() => $"{List}[{Key}]";
}

/// <summary>A user or group the site already has, by its principal id (a person the design no longer names).</summary>
/// <param name="Id">The principal id.</param>
/// <param name="Name">Its name, for the printed plan.</param>
public sealed record PrincipalRef(int Id, string Name) : PlanRef
{
    /// <inheritdoc />
    public override string Describe() => Name;
}

/// <summary>A role definition, by type.</summary>
/// <param name="Kind">The role type.</param>
public sealed record RoleRef(RoleTypeKind Kind) : PlanRef
{
    /// <inheritdoc />
    public override string Describe() => Kind switch
    {
        RoleTypeKind.Administrator => "full kontroll",
        RoleTypeKind.Editor => "redigere",
        RoleTypeKind.Contributor => "bidra",
        RoleTypeKind.Reader => "lese",
        _ => Kind.ToString(),
    };
}

/// <summary>A scope that has permissions of its own (after its inheritance is broken).</summary>
/// <param name="Scope">The scope: <c>web</c>, a list, or an item.</param>
public sealed record UniqueScopeRef(PlanRef Scope) : PlanRef
{
    /// <inheritdoc />
    public override string Describe() => "egne tillatelser på " + Scope.Describe();
}

/// <summary>The site's web.</summary>
public sealed record WebRef : PlanRef
{
    /// <summary>The one web.</summary>
    public static WebRef Instance { get; } = new();

    /// <inheritdoc />
    public override string Describe() => "nettstedet";
}

/// <summary>That a list allows folders (<c>EnableFolderCreation</c>).</summary>
/// <param name="List">The list's title.</param>
public sealed record FoldersRef(string List) : PlanRef
{
    /// <inheritdoc />
    public override string Describe() => "mapper i " + List;
}

/// <summary>A permission level the site is given by the plan, by name.</summary>
/// <param name="Name">The level's name.</param>
public sealed record NamedRoleRef(string Name) : PlanRef
{
    /// <summary>The level the people of a round edit with: no deleting (<see cref="Blueprints.PermissionLevels"/>).</summary>
    public static NamedRoleRef EditWithoutDelete { get; } = new(Blueprints.PermissionLevels.EditWithoutDelete);

    /// <inheritdoc />
    public override string Describe() => Name.ToLowerInvariant();
}

/// <summary>
/// That no item of a list holds a value any more in a column whose values are unique (its key column, or the name of
/// its files and folders): what putting back an item's key or name produces, and what adding the item that value
/// belongs to needs — someone wrote it on another item, a squat on a predictable key or name.
/// </summary>
/// <param name="List">The list's title.</param>
/// <param name="Field">The column (<c>FileLeafRef</c> for names).</param>
/// <param name="Value">The value.</param>
public sealed record KeyFreedRef(string List, string Field, string Value) : PlanRef
{
    /// <inheritdoc />
    public override string Describe() => $"{Field} «{Value}» ledig i {List}";
}
