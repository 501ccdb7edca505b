using System.Globalization;
using System.Text.Json;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.Regional;

namespace PnpSamtale.Provisioning.Converge;

/// <summary>What a site holds now, as far as the provisioner manages it.</summary>
internal sealed class ActualSite
{
    public bool Exists { get; init; } = true;

    /// <summary>The app principal's login name; its assignments are never touched.</summary>
    public string? AppLoginName { get; set; }

    /// <summary>The app principal's site user id: a change it made is the product's own.</summary>
    public int AppUserId { get; set; }

    /// <summary>How the site's forms want dates and numbers, and its time zone (read with the site).</summary>
    public RegionalSettings? Regional { get; set; }

    /// <summary>Graph's id of the site (<c>{hostname},{siteId},{webId}</c>).</summary>
    public string? GraphSiteId { get; set; }

    /// <summary>Site users by UPN (lower case).</summary>
    public Dictionary<string, int> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The people (by UPN) who are site collection administrators, the app left out.</summary>
    public List<string> Admins { get; } = [];

    /// <summary>Site groups by title.</summary>
    public Dictionary<string, int> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Members (UPNs) of the groups read, by group id.</summary>
    public Dictionary<int, HashSet<string>> GroupMembers { get; } = [];

    /// <summary>Member user ids by group id and UPN, to remove members.</summary>
    public Dictionary<int, Dictionary<string, int>> GroupMemberIds { get; } = [];

    /// <summary>Role definition ids by role type (the built-in levels).</summary>
    public Dictionary<int, int> RoleDefinitions { get; } = [];

    /// <summary>Role definition ids by name (the levels the product adds are found by name).</summary>
    public Dictionary<string, int> RoleDefinitionNames { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ScopeState Web { get; set; } = new(true, []);

    /// <summary>Lists by title.</summary>
    public Dictionary<string, ActualList> Lists { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A site that does not exist yet.</summary>
    public static ActualSite Missing() => new() { Exists = false };
}

/// <summary>A list: its id and what the provisioner compares.</summary>
internal sealed class ActualList(Guid id)
{
    public Guid Id { get; } = id;

    /// <summary>Column formatting JSON by internal name (only fields that have one).</summary>
    public Dictionary<string, string?> Formatters { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the list allows folders (read only for lists that keep a folder per conversation).</summary>
    public bool FoldersEnabled { get; set; }

    /// <summary>Internal names of the list's fields.</summary>
    public HashSet<string> FieldNames { get; } = new(StringComparer.Ordinal);

    public List<ActualView> Views { get; } = [];

    public ScopeState Scope { get; set; } = new(false, []);

    /// <summary>The items (folders included).</summary>
    public List<ActualItem> Items { get; } = [];

    /// <summary>The versions read of some items (forms whose accepted values changed), by item id.</summary>
    public Dictionary<int, IReadOnlyList<ActualVersion>> Versions { get; } = [];

    /// <summary>An item by id, if read.</summary>
    public ActualItem? Find(int id) => Items.FirstOrDefault(i => i.Id == id);
}

/// <summary>A view as compared with the blueprint.</summary>
internal sealed record ActualView(Guid Id, string Title, IReadOnlyList<string> Fields, string Query, int RowLimit);

/// <summary>The permissions of a scope: whether it has its own, and who holds which role definitions.</summary>
internal sealed record ScopeState(bool HasUnique, IReadOnlyList<RoleAssignment> Assignments);

/// <summary>One version of an item: who made it, when, and the values it had.</summary>
/// <param name="VersionId">The version's id (grows with every version).</param>
/// <param name="EditorId">The site user id of who made it.</param>
/// <param name="Created">When.</param>
/// <param name="Values">The values, by name.</param>
internal sealed record ActualVersion(int VersionId, int EditorId, DateTimeOffset Created, IReadOnlyDictionary<string, JsonElement> Values)
{
    /// <summary>A value as text (booleans <c>1</c>/<c>0</c>), or <c>null</c> when empty.</summary>
    public string? Text(string field) => ActualItem.TextOf(Values, field);

    /// <summary>A person field's site user id (versions carry people as lookups: <c>{"LookupId":7,…}</c>).</summary>
    public int? LookupId(string field) =>
        Values.TryGetValue(field, out var value) && value.ValueKind == JsonValueKind.Object && value.TryGetProperty("LookupId", out var id) && id.TryGetInt32(out var number) ? number
        : Values.TryGetValue(field + "Id", out var plain) && plain.ValueKind == JsonValueKind.Number ? plain.GetInt32()
        : null;
}

/// <summary>An item as read (the client's <see cref="ListItem"/>), with the reads the comparison needs.</summary>
internal sealed class ActualItem(ListItem item)
{
    public int Id => item.Id;

    public IReadOnlyDictionary<string, JsonElement> Values => item.Values;

    /// <summary>The item as the client read it.</summary>
    public ListItem Item => item;

    /// <summary>A value as text as it is written (<c>1</c>/<c>0</c> for booleans), or <c>null</c> when empty.</summary>
    public string? Text(string field) => TextOf(Values, field);

    /// <summary>The site user id in a person field (read as <c>{Name}Id</c>).</summary>
    public int? UserId(string field) => item.GetInt32(field + "Id");

    /// <summary>Who changed it last (site user id).</summary>
    public int? EditorId => item.GetInt32("EditorId");

    /// <summary>Whether the item is a folder.</summary>
    public bool IsFolder => item.GetInt32("FSObjType") == 1;

    /// <summary>The last segment of the folder the item is in (<c>FileDirRef</c>): a conversation's folder name, or the list's own name at its root.</summary>
    public string? DirectoryName =>
        item.GetString("FileDirRef") is { Length: > 0 } dir ? dir.TrimEnd('/')[(dir.TrimEnd('/').LastIndexOf('/') + 1)..] : null;

    /// <summary>The server-relative URL of the folder the item is in (<c>FileDirRef</c>).</summary>
    public string? DirectoryUrl => item.GetString("FileDirRef");

    /// <summary>The item's own server-relative URL (<c>FileRef</c>): a folder's path, for the items in it.</summary>
    public string? ServerRelativeUrl => item.GetString("FileRef");

    /// <summary>The item's own name (a folder's or a file's).</summary>
    public string? LeafName => item.GetString("FileLeafRef");

    public bool HasUnique => item.GetBoolean("HasUniqueRoleAssignments") == true;

    public IReadOnlyList<RoleAssignment> Assignments => item.RoleAssignments ?? [];

    /// <summary>An item just added in this run: its id, nothing read yet, permissions inherited.</summary>
    public static ActualItem Added(int id) => new(new ListItem(id, new Dictionary<string, JsonElement>()));

    public override string ToString() => Id.ToString(CultureInfo.InvariantCulture);

    internal static string? TextOf(IReadOnlyDictionary<string, JsonElement> values, string field) => values.TryGetValue(field, out var v) ? v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.True => "1",
        JsonValueKind.False => "0",
        _ => null,
    } : null;
}
