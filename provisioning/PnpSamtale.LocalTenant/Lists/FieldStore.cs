using System.Text.Json;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Lists;

/// <summary>Columns added to a list after it was created (Graph <c>lists/{id}/columns</c>).</summary>
internal static class FieldStore
{
    /// <summary>Adds <paramref name="field"/> after the list's last column; existing items hold no value in it.</summary>
    public static void Add(StoreSession session, Guid listId, FieldDefinition field) => session.Execute(
        """
        INSERT INTO fields (list_id, internal_name, title, type_as_string, indexed, required, enforce_unique, choices, built_in, date_only, ordinal)
        VALUES (@list, @name, @title, @type, @indexed, @required, @unique, @choices, 0, @dateOnly,
                (SELECT COALESCE(MAX(ordinal), -1) + 1 FROM fields WHERE list_id = @list))
        """,
        ("@list", StoreValues.Text(listId)),
        ("@name", field.InternalName),
        ("@title", field.Title),
        ("@type", field.TypeAsString),
        ("@indexed", field.Indexed ? 1 : 0),
        ("@required", field.Required ? 1 : 0),
        ("@unique", field.EnforceUnique ? 1 : 0),
        ("@choices", field.Choices.Count == 0 ? null : JsonSerializer.Serialize(field.Choices)),
        ("@dateOnly", field.DateOnly ? 1 : 0));
}
