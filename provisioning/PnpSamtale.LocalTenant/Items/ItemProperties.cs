using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// The properties of an item as the wire names them — columns by internal name, people as <c>{Name}Id</c>, plus
/// <c>Id</c>, <c>ID</c>, <c>Created</c>, <c>Modified</c>, <c>AuthorId</c>, <c>EditorId</c>,
/// <c>HasUniqueRoleAssignments</c> and <c>OData__UIVersionString</c> — for <c>$select</c> and <c>$filter</c>.
/// </summary>
internal static class ItemProperties
{
    private static readonly string[] Trailing = ["AuthorId", "EditorId", "OData__UIVersionString"];

    /// <summary>The property a name refers to; 400 "Column … does not exist" when none.</summary>
    public static ItemProperty Resolve(IReadOnlyList<FieldDefinition> fields, string name)
    {
        if (name.Contains('/', StringComparison.Ordinal))
        {
            throw SpErrors.Unsupported($"Expanding '{name}' is not supported by the local tenant; select '{name.Split('/')[0]}Id' instead.");
        }

        var system = System(name);
        if (system is not null)
        {
            return system;
        }

        var field = fields.FirstOrDefault(f => string.Equals(f.InternalName, name, StringComparison.OrdinalIgnoreCase))
            ?? fields.FirstOrDefault(f => f.TypeAsString == FieldTypes.User && string.Equals(f.InternalName + "Id", name, StringComparison.OrdinalIgnoreCase))
            ?? throw SpErrors.ColumnMissing(name);
        var key = field.TypeAsString == FieldTypes.User ? field.InternalName + "Id" : field.InternalName;
        var kind = field.TypeAsString switch
        {
            FieldTypes.Number or FieldTypes.User => FilterValueKind.Number,
            FieldTypes.Boolean => FilterValueKind.Boolean,
            FieldTypes.DateTime => FilterValueKind.Date,
            _ => FilterValueKind.Text,
        };
        return new ItemProperty(key, kind, field.Indexed, item => item.Values[field.InternalName]?.DeepClone());
    }

    /// <summary>Every property of a full read (no <c>$select</c>), in order.</summary>
    public static IEnumerable<ItemProperty> Default(IReadOnlyList<FieldDefinition> fields) =>
        fields.Select(f => f.InternalName).Prepend("Id").Concat(Trailing).Select(name => Resolve(fields, name));

    /// <summary>The value of a property as a filter compares it.</summary>
    public static object? FilterValue(ItemProperty property, ItemRecord item) => property.Read(item) is not JsonValue value
        ? null
        : property.Kind switch
        {
            FilterValueKind.Number => double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture),
            FilterValueKind.Boolean => value.GetValue<bool>(),
            FilterValueKind.Date => StoreValues.ParseTime(value.GetValue<string>()),
            _ => value.TryGetValue<string>(out var text) ? text : value.ToJsonString(),
        };

    private static ItemProperty? System(string name) => name.ToUpperInvariant() switch
    {
        "ID" => new ItemProperty(name == "ID" ? "ID" : "Id", FilterValueKind.Number, true, item => item.Id),
        "CREATED" => new ItemProperty("Created", FilterValueKind.Date, false, item => StoreValues.Text(item.Created)),
        "MODIFIED" => new ItemProperty("Modified", FilterValueKind.Date, false, item => StoreValues.Text(item.Modified)),
        "AUTHORID" => new ItemProperty("AuthorId", FilterValueKind.Number, false, item => item.AuthorId),
        "EDITORID" => new ItemProperty("EditorId", FilterValueKind.Number, false, item => item.EditorId),
        "HASUNIQUEROLEASSIGNMENTS" => new ItemProperty("HasUniqueRoleAssignments", FilterValueKind.Boolean, false, item => item.HasUnique),
        "ODATA__UIVERSIONSTRING" => new ItemProperty("OData__UIVersionString", FilterValueKind.Text, false, item => item.Version.ToString(CultureInfo.InvariantCulture) + ".0"),
        _ => FolderProperties.Resolve(name),
    };
}

/// <summary>One readable property of an item.</summary>
internal sealed record ItemProperty(string Key, FilterValueKind Kind, bool Indexed, Func<ItemRecord, JsonNode?> Read);
