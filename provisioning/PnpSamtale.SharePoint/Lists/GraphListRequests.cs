using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Lists;

/// <summary>
/// Builds list creation with Graph. Lists are created with Graph because one <c>POST /sites/{id}/lists</c> carries
/// the list and every column, <c>indexed</c> included; SharePoint REST would need a request per field plus one per
/// index. Items and permissions stay on SharePoint REST: its <c>$batch</c> takes 100 operations (Graph's 20), and
/// item-level role assignments (break inheritance, grant a user or group a role) exist only in SharePoint REST.
/// </summary>
public static class GraphListRequests
{
    /// <summary>
    /// <c>POST {graph}/sites/{site-id}/lists</c> with
    /// <c>{"displayName","list":{"template":"genericList"|"documentLibrary"},"columns":[columnDefinition…]}</c>.
    /// </summary>
    public static WireRequest Create(Uri graphBase, string graphSiteId, ListDefinition list)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(graphSiteId);
        ArgumentNullException.ThrowIfNull(list);
        var columns = new JsonArray();
        foreach (var column in list.Columns)
        {
            columns.Add(Column(column));
        }

        var body = new JsonObject
        {
            ["displayName"] = list.DisplayName,
            ["list"] = new JsonObject { ["template"] = Template(list.Template) },
            ["columns"] = columns,
        };
        return GraphRequest.Post(GraphRequest.Api(graphBase, "sites/" + ODataLiteral.Segment(graphSiteId) + "/lists"), body);
    }

    /// <summary>
    /// <c>POST {graph}/sites/{site-id}/lists/{list-id}/columns</c> with one <c>columnDefinition</c> (the same JSON as a
    /// column of <see cref="Create"/>): adds a column the blueprint gained to a list that exists. Graph answers
    /// <c>201</c> with the columnDefinition. Not idempotent: a second send is refused, the name being taken.
    /// </summary>
    public static WireRequest AddColumn(Uri graphBase, string graphSiteId, Guid listId, ColumnDefinition column)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(graphSiteId);
        ArgumentNullException.ThrowIfNull(column);
        var path = "sites/" + ODataLiteral.Segment(graphSiteId) + "/lists/" + listId.ToString("D", System.Globalization.CultureInfo.InvariantCulture) + "/columns";
        return GraphRequest.Post(GraphRequest.Api(graphBase, path), Column(column));
    }

    /// <summary>A Graph <c>columnDefinition</c>.</summary>
    internal static JsonObject Column(ColumnDefinition column)
    {
        EnsureAsciiName(column.Name);
        var json = new JsonObject { ["name"] = column.Name };
        if (column.DisplayName is not null)
        {
            json["displayName"] = column.DisplayName;
        }

        json["indexed"] = column.Indexed;
        json["required"] = column.Required;
        json["enforceUniqueValues"] = column.EnforceUniqueValues;
        var (facet, settings) = Facet(column);
        json[facet] = settings;
        return json;
    }

    private static (string Facet, JsonObject Settings) Facet(ColumnDefinition column) => column.Kind switch
    {
        ColumnKind.Text => ("text", new JsonObject()),
        ColumnKind.Note => ("text", new JsonObject { ["allowMultipleLines"] = true, ["textType"] = "plain" }),
        ColumnKind.Number => ("number", new JsonObject()),
        ColumnKind.Boolean => ("boolean", new JsonObject()),
        ColumnKind.Date => ("dateTime", new JsonObject { ["format"] = "dateOnly" }),
        ColumnKind.DateTime => ("dateTime", new JsonObject { ["format"] = "dateTime" }),
        ColumnKind.Choice => ("choice", new JsonObject { ["choices"] = new JsonArray(column.Choices.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()) }),
        ColumnKind.User => ("personOrGroup", new JsonObject { ["chooseFromType"] = "peopleOnly", ["allowMultipleSelection"] = false }),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, $"Column '{column.Name}' has an unknown kind."),
    };

    private static string Template(ListTemplate template) => template switch
    {
        ListTemplate.GenericList => "genericList",
        ListTemplate.DocumentLibrary => "documentLibrary",
        _ => throw new ArgumentOutOfRangeException(nameof(template), template, "Only lists and document libraries are created."),
    };

    private static void EnsureAsciiName(string name)
    {
        if (string.IsNullOrEmpty(name) || !char.IsAsciiLetter(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException(
                $"Column name '{name}' must start with an ASCII letter and hold only ASCII letters, digits and '_'; put other text in DisplayName.",
                nameof(name));
        }
    }
}
