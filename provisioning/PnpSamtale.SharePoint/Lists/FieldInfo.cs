namespace PnpSamtale.SharePoint.Lists;

/// <summary>A field (column) of a list.</summary>
/// <param name="InternalName">The internal name used in <c>formValues</c>, <c>$select</c> and <c>$filter</c>.</param>
/// <param name="Title">The display name.</param>
/// <param name="TypeAsString">The type: <c>Text</c>, <c>Note</c>, <c>Number</c>, <c>Boolean</c>, <c>DateTime</c>, <c>Choice</c>, <c>User</c>, …</param>
/// <param name="Indexed">Whether the field is indexed.</param>
/// <param name="CustomFormatter">The column formatting JSON, or <c>null</c> when the column has none.</param>
public sealed record FieldInfo(string InternalName, string Title, string TypeAsString, bool Indexed, string? CustomFormatter = null);
