using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Lists;

/// <summary>A column of a list: the internal name used on the wire, its type and flags.</summary>
internal sealed record FieldDefinition(string InternalName, string Title, string TypeAsString, bool Indexed, bool Required, bool EnforceUnique, IReadOnlyList<string> Choices, bool BuiltIn)
{
    /// <summary>The names every <see cref="ToJson"/> object may be asked for in $select.</summary>
    public static IReadOnlyCollection<string> KnownProperties { get; } = ["Choices"];

    /// <summary>The column formatting JSON (<c>CustomFormatter</c>), stored verbatim; null when unset.</summary>
    public string? CustomFormatter { get; init; }

    /// <summary>Whether a <c>DateTime</c> column holds dates only (<c>DisplayFormat</c> 0): local midnight of the site's zone.</summary>
    public bool DateOnly { get; init; }

    /// <summary>Whether the column is written by SharePoint only (ID, Created, Modified, FileLeafRef).</summary>
    public bool ReadOnly => TypeAsString is FieldTypes.Counter or FieldTypes.File || (BuiltIn && TypeAsString == FieldTypes.DateTime);

    /// <summary>The wire shape (SP.Field).</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["CustomFormatter"] = CustomFormatter,
            ["EntityPropertyName"] = TypeAsString == FieldTypes.User ? InternalName + "Id" : InternalName,
            ["FieldTypeKind"] = FieldTypes.Kind(TypeAsString),
            ["Hidden"] = false,
            ["Indexed"] = Indexed,
            ["InternalName"] = InternalName,
            ["ReadOnlyField"] = ReadOnly,
            ["Required"] = Required,
            ["StaticName"] = InternalName,
            ["Title"] = Title,
            ["TypeAsString"] = TypeAsString,
        };
        if (TypeAsString == FieldTypes.DateTime)
        {
            json["DisplayFormat"] = DateOnly ? 0 : 1;
        }

        if (TypeAsString == FieldTypes.Choice)
        {
            json["Choices"] = new JsonArray([.. Choices.Select(c => (JsonNode?)c)]);
        }

        return json;
    }
}
