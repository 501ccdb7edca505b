using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>The flat JSON of an item (<c>odata=nometadata</c>): <c>Id</c> and <c>ID</c> always, then what was selected.</summary>
internal static class ItemJson
{
    /// <summary>The item as read with <paramref name="select"/> (every column when empty).</summary>
    public static JsonObject Read(ItemRecord item, IReadOnlyList<FieldDefinition> fields, string? select) =>
        Read(item, Properties(fields, select));

    /// <summary>
    /// The properties a <c>$select</c> asks for, checked against the list's columns; names covered by
    /// <paramref name="expansion"/> (<c>RoleAssignments/…</c>) are not columns and are left out.
    /// </summary>
    public static IReadOnlyList<ItemProperty> Properties(IReadOnlyList<FieldDefinition> fields, string? select, ItemExpansion? expansion = null)
    {
        var names = Projection.Names(select);
        return names.Count == 0
            ? [.. ItemProperties.Default(fields)]
            : [.. names.Where(n => expansion?.Covers(n) != true).Select(n => ItemProperties.Resolve(fields, n))];
    }

    /// <summary>The item with the resolved properties, and its role assignments when they are expanded.</summary>
    public static JsonObject Read(ItemRecord item, IReadOnlyList<ItemProperty> properties, ItemAssignments? assignments = null)
    {
        var json = new JsonObject { ["Id"] = item.Id };
        foreach (var property in properties)
        {
            json[property.Key] = property.Read(item);
        }

        if (assignments is not null)
        {
            json["RoleAssignments"] = assignments.For(item);
        }

        json["ID"] = item.Id;
        return json;
    }
}
