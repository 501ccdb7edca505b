using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Lists;

namespace PnpSamtale.LocalTenant.Graph;

/// <summary>Maps Graph <c>columnDefinition</c>s to SharePoint fields (<c>text</c> with multiple lines is a Note).</summary>
internal static class GraphColumns
{
    private static readonly string[] Facets = ["text", "number", "boolean", "dateTime", "choice", "personOrGroup"];

    /// <summary>The fields of the <c>columns</c> array; 400 <c>invalidRequest</c> naming what is wrong.</summary>
    public static List<FieldDefinition> Map(JsonArray columns, bool library)
    {
        var fields = new List<FieldDefinition>();
        var taken = new HashSet<string>(FieldTypes.BuiltIn(library).Select(f => f.InternalName), StringComparer.OrdinalIgnoreCase);
        foreach (var node in columns)
        {
            var column = node as JsonObject ?? throw GraphErrorException.Invalid("Each column must be a columnDefinition object.");
            var name = column.String("name");
            if (string.IsNullOrEmpty(name) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || !char.IsAsciiLetter(name[0]))
            {
                throw GraphErrorException.Invalid($"The column name '{name}' is not valid; use ASCII letters, digits and '_', starting with a letter.");
            }

            if (!taken.Add(name))
            {
                throw GraphErrorException.Invalid($"A duplicate field name \"{name}\" was found.");
            }

            var facets = Facets.Where(f => column[f] is not null).ToList();
            if (facets.Count != 1)
            {
                throw GraphErrorException.Invalid($"The column '{name}' must have exactly one of the facets {string.Join(", ", Facets)}.");
            }

            var facet = column.Object(facets[0]) ?? new JsonObject();
            var type = facets[0] switch
            {
                "text" => facet.Bool("allowMultipleLines") == true ? FieldTypes.Note : FieldTypes.Text,
                "number" => FieldTypes.Number,
                "boolean" => FieldTypes.Boolean,
                "dateTime" => FieldTypes.DateTime,
                "choice" => FieldTypes.Choice,
                _ => FieldTypes.User,
            };
            if (type == FieldTypes.User && facet.Bool("allowMultipleSelection") == true)
            {
                throw GraphErrorException.Invalid($"The column '{name}' allows several people; the local tenant supports one person per column.");
            }

            var choices = type == FieldTypes.Choice ? facet.Array("choices").Select(c => c?.GetValue<string>() ?? string.Empty).ToList() : [];
            fields.Add(new FieldDefinition(
                name,
                column.String("displayName") ?? name,
                type,
                column.Bool("indexed") == true,
                column.Bool("required") == true,
                column.Bool("enforceUniqueValues") == true,
                choices,
                false)
            {
                DateOnly = type == FieldTypes.DateTime && string.Equals(facet.String("format"), "dateOnly", StringComparison.Ordinal),
            });
        }

        return fields;
    }
}
