using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// The values of the columns that enforce unique values, kept beside the items in an indexed table so that a write
/// checks its key with one lookup instead of loading the list (a list of 6,000 items stays cheap to write to).
/// Values compare case-insensitively, as a unique column does in SharePoint.
/// </summary>
internal static class UniqueValues
{
    /// <summary>The id of another item of the list holding <paramref name="value"/> in <paramref name="field"/>, or null.</summary>
    public static int? Holder(StoreSession session, Guid listId, string field, JsonNode value, int exceptItemId) =>
        session.Scalar<int?>(
            "SELECT item_id FROM unique_values WHERE list_id = @list AND field = @field AND value = @value AND item_id <> @item",
            ("@list", StoreValues.Text(listId)), ("@field", field), ("@value", Text(value)), ("@item", exceptItemId));

    /// <summary>Records the unique-column values of an item as stored now (replacing what it held before).</summary>
    public static void Record(StoreSession session, Guid listId, int itemId, JsonObject values)
    {
        Forget(session, listId, itemId);
        foreach (var field in UniqueFields(session, listId))
        {
            if (values[field] is { } value)
            {
                session.Execute(
                    "INSERT OR REPLACE INTO unique_values (list_id, field, value, item_id) VALUES (@list, @field, @value, @item)",
                    ("@list", StoreValues.Text(listId)), ("@field", field), ("@value", Text(value)), ("@item", itemId));
            }
        }
    }

    /// <summary>Forgets the values of an item that is gone.</summary>
    public static void Forget(StoreSession session, Guid listId, int itemId) =>
        session.Execute("DELETE FROM unique_values WHERE list_id = @list AND item_id = @item", ("@list", StoreValues.Text(listId)), ("@item", itemId));

    /// <summary>Fills the table from the items of a store written before it existed.</summary>
    public static void Rebuild(StoreSession session)
    {
        session.Execute("DELETE FROM unique_values");
        var lists = session.Query("SELECT DISTINCT list_id FROM fields WHERE enforce_unique = 1", r => r.GetGuid("list_id"));
        foreach (var listId in lists)
        {
            foreach (var item in ItemStore.All(session, listId))
            {
                Record(session, listId, item.Id, item.Values);
            }
        }
    }

    private static List<string> UniqueFields(StoreSession session, Guid listId) =>
        session.Query("SELECT internal_name FROM fields WHERE list_id = @list AND enforce_unique = 1", r => r.GetText("internal_name"), ("@list", StoreValues.Text(listId)));

    private static string Text(JsonNode value) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value.ToJsonString();
}
