using PnpSamtale.LocalTenant.Lists;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// A list's <c>ListItemEntityTypeFullName</c>, the <c>__metadata.type</c> an item update must carry: <c>SP.Data.</c>,
/// the list's <c>EntityTypeName</c> (its URL name, spaces as <c>_x0020_</c>, plus <c>List</c> for a list) and
/// <c>Item</c> — <c>SP.Data.TestListItem</c> for the list "Test", <c>SP.Data.ProjectPolicyItemListItem</c> for a
/// list whose EntityTypeName is <c>ProjectPolicyItemList</c> (sp-dev-docs, "Working with lists and list items with REST").
/// </summary>
internal static class ItemEntityType
{
    /// <summary>The list's <c>EntityTypeName</c>.</summary>
    public static string EntityTypeName(ListRecord list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var name = list.UrlName.Replace(" ", "_x0020_", StringComparison.Ordinal);
        return list.IsLibrary ? name : name + "List";
    }

    /// <summary>The list's <c>ListItemEntityTypeFullName</c>.</summary>
    public static string FullName(ListRecord list) => "SP.Data." + EntityTypeName(list) + "Item";
}
