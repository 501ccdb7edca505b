using System.Globalization;
using System.Text.Json;

namespace PnpSamtale.Provisioning.Converge;

/// <summary>What a site holds now, as far as the provisioner manages it.</summary>
internal sealed class ActualSite
{
    public static ActualSite Missing { get; } = new() { Exists = false };

    public bool Exists { get; init; } = true;

    /// <summary>The app principal's login name; its assignments are never touched.</summary>
    public string? AppLoginName { get; set; }

    /// <summary>Graph's id of the site (<c>{hostname},{siteId},{webId}</c>).</summary>
    public string? GraphSiteId { get; set; }

    /// <summary>Site users by UPN (lower case).</summary>
    public Dictionary<string, int> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Site groups by title.</summary>
    public Dictionary<string, int> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Members (UPNs) of the groups read, by group id.</summary>
    public Dictionary<int, HashSet<string>> GroupMembers { get; } = [];

    /// <summary>Member user ids by group id and UPN, to remove members.</summary>
    public Dictionary<int, Dictionary<string, int>> GroupMemberIds { get; } = [];

    /// <summary>Role definition ids by role type.</summary>
    public Dictionary<int, int> RoleDefinitions { get; } = [];

    public ScopeState Web { get; set; } = new(true, []);

    /// <summary>Lists by title.</summary>
    public Dictionary<string, ActualList> Lists { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>A list: its id and what the provisioner compares.</summary>
internal sealed class ActualList(Guid id)
{
    public Guid Id { get; } = id;

    /// <summary>Column formatting JSON by internal name (only fields that have one).</summary>
    public Dictionary<string, string?> Formatters { get; } = new(StringComparer.Ordinal);

    /// <summary>Internal names of the list's fields.</summary>
    public HashSet<string> FieldNames { get; } = new(StringComparer.Ordinal);

    public List<ActualView> Views { get; } = [];

    public ScopeState Scope { get; set; } = new(false, []);

    public List<ActualItem> Items { get; } = [];

    /// <summary>Whether the fields were read (a list created in this run has exactly the blueprint's).</summary>
    public bool FieldsKnown { get; set; }
}

/// <summary>A view as compared with the blueprint.</summary>
internal sealed record ActualView(Guid Id, string Title, IReadOnlyList<string> Fields, string Query, int RowLimit);

/// <summary>The permissions of a scope: whether it has its own, and who holds which role definitions.</summary>
internal sealed record ScopeState(bool HasUnique, IReadOnlyList<Assignment> Assignments);

/// <summary>One role assignment.</summary>
internal sealed record Assignment(int PrincipalId, string LoginName, IReadOnlyList<int> RoleDefinitionIds)
{
    public static IReadOnlyList<Assignment> ReadAll(JsonElement array) =>
        array.ValueKind != JsonValueKind.Array
            ? []
            : [.. array.EnumerateArray().Select(a => new Assignment(
                a.GetProperty(nameof(PrincipalId)).GetInt32(),
                a.TryGetProperty("Member", out var m) && m.TryGetProperty(nameof(LoginName), out var login) ? login.GetString() ?? string.Empty : string.Empty,
                a.TryGetProperty("RoleDefinitionBindings", out var b) && b.ValueKind == JsonValueKind.Array
                    ? [.. b.EnumerateArray().Select(r => r.GetProperty("Id").GetInt32())]
                    : []))];
}

/// <summary>An item as read: its id and the values selected.</summary>
internal sealed class ActualItem(int id, Dictionary<string, JsonElement> values)
{
    public int Id { get; } = id;

    public IReadOnlyDictionary<string, JsonElement> Values { get; } = values;

    public string? Text(string field) => Values.TryGetValue(field, out var v) ? v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.True => "1",
        JsonValueKind.False => "0",
        _ => null,
    } : null;

    public int? UserId(string field) =>
        Values.TryGetValue(field + "Id", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    public bool HasUnique => Values.TryGetValue("HasUniqueRoleAssignments", out var v) && v.ValueKind == JsonValueKind.True;

    public IReadOnlyList<Assignment> Assignments =>
        Values.TryGetValue("RoleAssignments", out var v) ? Assignment.ReadAll(v) : [];

    public static ActualItem From(JsonElement item)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
        {
            values[property.Name] = property.Value.Clone();
        }

        var id = values.TryGetValue("Id", out var idValue) ? idValue.GetInt32() : values["ID"].GetInt32();
        return new ActualItem(id, values);
    }

    public override string ToString() => Id.ToString(CultureInfo.InvariantCulture);
}
