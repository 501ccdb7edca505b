namespace PnpSamtale.SharePoint.Lists;

/// <summary>A list or library to create, with all its columns.</summary>
/// <param name="DisplayName">The list title, e.g. <c>Samtaler</c>.</param>
/// <param name="Template">A list or a document library.</param>
/// <param name="Columns">The columns besides the built-in ones.</param>
public sealed record ListDefinition(string DisplayName, ListTemplate Template, IReadOnlyList<ColumnDefinition> Columns);
