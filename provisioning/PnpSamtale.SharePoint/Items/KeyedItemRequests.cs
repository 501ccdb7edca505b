using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Items;

/// <summary>Builders for adds keyed by a unique column: the add is <see cref="ItemRequests.Add"/>; this finds an item by its key.</summary>
public static class KeyedItemRequests
{
    /// <summary>
    /// <c>GET {site}/_api/web/lists(guid'{id}')/items?$select=Id,{keyField}&amp;$filter={keyField} eq '{value}'&amp;$top=2</c>:
    /// the item holding a key. Allowed on a list of any size: the filter's only condition is on the indexed unique key
    /// column and matches at most one item, far under the list view threshold ("no specific part of your query can
    /// result in a result set of 5.000 items", docs/wire-subset.md [S4b]). <c>$top=2</c> would show a second holder,
    /// which a unique column never has.
    /// </summary>
    public static WireRequest FindByKey(Uri site, Guid listId, string keyField, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyField);
        ArgumentNullException.ThrowIfNull(value);
        return ItemRequests.Query(site, listId, new ItemQuery([keyField], keyField + " eq " + ItemFilter.Text(value), 2));
    }
}
