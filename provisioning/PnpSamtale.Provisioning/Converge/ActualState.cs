using System.Globalization;
using System.Text.Json;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.Regional;

namespace PnpSamtale.Provisioning.Converge;

/// <summary>What a site holds now, as far as the provisioner manages it.</summary>
internal sealed class ActualSite
{
    public static ActualSite Missing { get; } = new() { Exists = false };

    public bool Exists { get; init; } = true;

    /// <summary>The app principal's login name; its assignments are never touched.</summary>
    public string? AppLoginName { get; set; }

    /// <summary>How the site's forms want dates and numbers, and its time zone (read with the site).</summary>
    public RegionalSettings? Regional { get; set; }

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
internal sealed record ScopeState(bool HasUnique, IReadOnlyList<RoleAssignment> Assignments);

/// <summary>An item as read (the client's <see cref="ListItem"/>), with the reads the comparison needs.</summary>
internal sealed class ActualItem(ListItem item)
{
    public int Id => item.Id;

    public IReadOnlyDictionary<string, JsonElement> Values => item.Values;

    /// <summary>A value as text as it is written (<c>1</c>/<c>0</c> for booleans), or <c>null</c> when empty.</summary>
    public string? Text(string field) => Values.TryGetValue(field, out var v) ? v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.True => "1",
        JsonValueKind.False => "0",
        _ => null,
    } : null;

    /// <summary>The site user id in a person field (read as <c>{Name}Id</c>).</summary>
    public int? UserId(string field) => item.GetInt32(field + "Id");

    public bool HasUnique => item.GetBoolean("HasUniqueRoleAssignments") == true;

    public IReadOnlyList<RoleAssignment> Assignments => item.RoleAssignments ?? [];

    /// <summary>An item just added in this run: its id, nothing read yet, permissions inherited.</summary>
    public static ActualItem Added(int id) => new(new ListItem(id, new Dictionary<string, JsonElement>()));

    public override string ToString() => Id.ToString(CultureInfo.InvariantCulture);
}
