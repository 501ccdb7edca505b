using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.RoleDefinitions;

namespace PnpSamtale.Provisioning.Blueprints;

/// <summary>The SharePoint blueprint: the admin site (one per organisation) and the site of every round.</summary>
/// <param name="Admin">The admin site.</param>
/// <param name="Round">The round site; names and titles may hold <c>{round}</c>, <c>{roundLower}</c> and <c>{routineTitle}</c>.</param>
public sealed record Blueprint(SiteBlueprint Admin, SiteBlueprint Round)
{
    /// <summary>The locale new sites are created with. Default 1044, Norwegian (bokmål).</summary>
    public int Lcid { get; init; } = 1044;

    /// <summary>The time zone new sites are created with, a SharePoint zone id. Default 4, Norway's rules.</summary>
    public int TimeZoneId { get; init; } = SharePoint.Regional.SiteTimeZone.Oslo;
}

/// <summary>One site of the blueprint.</summary>
/// <param name="Name">The URL name under <c>/sites/</c>.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">The description.</param>
/// <param name="Groups">The site groups, one per role group used.</param>
/// <param name="WebPermissions">What each role group gets on the web.</param>
/// <param name="Lists">The lists and libraries.</param>
public sealed record SiteBlueprint(
    string Name,
    string Title,
    string Description,
    IReadOnlyList<GroupBlueprint> Groups,
    IReadOnlyDictionary<RoleGroup, RoleTypeKind> WebPermissions,
    IReadOnlyList<ListBlueprint> Lists)
{
    /// <summary>The list with the given role.</summary>
    /// <exception cref="InvalidOperationException">The blueprint has no such list (the loader checks this).</exception>
    public ListBlueprint List(ListRole role) =>
        Lists.FirstOrDefault(l => l.Role == role) ?? throw new InvalidOperationException($"The blueprint's site '{Name}' has no list for {role}.");

    /// <summary>The list with the given role, if any.</summary>
    public ListBlueprint? FindList(ListRole role) => Lists.FirstOrDefault(l => l.Role == role);
}

/// <summary>A site group.</summary>
/// <param name="Key">The role group whose people are its members.</param>
/// <param name="Title">The group name (unique in the site collection).</param>
/// <param name="Description">What the group is for.</param>
public sealed record GroupBlueprint(RoleGroup Key, string Title, string Description);

/// <summary>A list or library with its columns, views and permissions.</summary>
/// <param name="Role">What the list is for.</param>
/// <param name="Title">The title people see.</param>
/// <param name="Template">List or library.</param>
/// <param name="Columns">The columns besides the built-in ones.</param>
/// <param name="Views">The views besides the default one.</param>
/// <param name="Permissions">Own permissions by role group, or <c>null</c> to inherit from the web.</param>
/// <param name="ItemPermissions">How items get permissions of their own.</param>
public sealed record ListBlueprint(
    ListRole Role,
    string Title,
    ListTemplate Template,
    IReadOnlyList<ColumnBlueprint> Columns,
    IReadOnlyList<ViewBlueprint> Views,
    IReadOnlyDictionary<RoleGroup, RoleTypeKind>? Permissions,
    ItemPermissions ItemPermissions)
{
    /// <summary>The list definition to create it with.</summary>
    public ListDefinition ToDefinition() => new(Title, Template, [.. Columns.Select(c => c.Definition)]);

    /// <summary>The column with the internal name, if the list has it.</summary>
    public ColumnBlueprint? Column(string name) => Columns.FirstOrDefault(c => c.Definition.Name == name);

    /// <summary>Who owns the column's value; a column the blueprint does not have counts as the design's.</summary>
    public ColumnOwner OwnerOf(string name) => Column(name)?.Owner ?? ColumnOwner.Design;
}

/// <summary>A column, who owns its value, and the column formatting JSON it should carry, if any.</summary>
/// <param name="Definition">The column.</param>
/// <param name="Formatter">Column formatting JSON, or <c>null</c>.</param>
/// <param name="Owner">Who owns the value (docs/trust-model.md).</param>
public sealed record ColumnBlueprint(ColumnDefinition Definition, string? Formatter, ColumnOwner Owner = ColumnOwner.Design);

/// <summary>A list view.</summary>
/// <param name="Title">The view's name.</param>
/// <param name="Fields">The columns shown, by internal name.</param>
/// <param name="Query">The CAML query (<c>&lt;Where&gt;…&lt;OrderBy&gt;…</c>).</param>
/// <param name="RowLimit">Rows per page.</param>
public sealed record ViewBlueprint(string Title, IReadOnlyList<string> Fields, string Query, int RowLimit);
