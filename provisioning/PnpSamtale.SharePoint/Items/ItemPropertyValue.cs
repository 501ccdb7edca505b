using System.Globalization;
using System.Text.Json.Nodes;

namespace PnpSamtale.SharePoint.Items;

/// <summary>
/// One property of an item update by <c>MERGE</c>: a typed JSON value under the property's name, as SharePoint's REST
/// entity takes it (not a form value: no regional formatting) — text as a string, numbers as numbers, booleans as
/// <c>true</c>/<c>false</c>, instants as ISO 8601 in UTC, a person as <c>{Name}Id</c> with the site user id.
/// </summary>
/// <param name="Name">The property's name on the wire (a column's internal name, or <c>{Name}Id</c> for a person).</param>
/// <param name="Value">The JSON value; <c>null</c> clears the column.</param>
public sealed record ItemPropertyValue(string Name, JsonNode? Value)
{
    /// <summary>Text (also a choice); <c>null</c> clears it.</summary>
    public static ItemPropertyValue Text(string name, string? value) => new(Checked(name), value is null ? null : JsonValue.Create(value));

    /// <summary>A number.</summary>
    public static ItemPropertyValue Number(string name, double value) => new(Checked(name), JsonValue.Create(value));

    /// <summary>A boolean.</summary>
    public static ItemPropertyValue Boolean(string name, bool value) => new(Checked(name), JsonValue.Create(value));

    /// <summary>An instant, written <c>yyyy-MM-ddTHH:mm:ssZ</c> in UTC.</summary>
    public static ItemPropertyValue DateTime(string name, DateTimeOffset value) =>
        new(Checked(name), JsonValue.Create(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));

    /// <summary>A person column, by the person's site user id: the property <c>{name}Id</c>.</summary>
    public static ItemPropertyValue Person(string name, int siteUserId) => new(Checked(name) + "Id", JsonValue.Create(siteUserId));

    /// <summary>Clears the column.</summary>
    public static ItemPropertyValue Clear(string name) => new(Checked(name), null);

    private static string Checked(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name == "__metadata" ? throw new ArgumentException("__metadata is written by the builder, not as a property.", nameof(name)) : name;
    }
}
