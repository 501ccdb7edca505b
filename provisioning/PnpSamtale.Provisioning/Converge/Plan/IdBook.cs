using PnpSamtale.SharePoint.RoleDefinitions;

namespace PnpSamtale.Provisioning.Converge.Plan;

/// <summary>An id something has: a number (users, groups, items, role definitions) or a GUID (lists).</summary>
/// <param name="Number">The numeric id.</param>
/// <param name="ListId">The GUID id (lists).</param>
public readonly record struct IdValue(int Number, Guid ListId)
{
    /// <summary>A numeric id.</summary>
    public static IdValue Of(int number) => new(number, Guid.Empty);

    /// <summary>A GUID id.</summary>
    public static IdValue Of(Guid listId) => new(0, listId);
}

/// <summary>
/// The ids a plan's operations need, as they become known: from what the site held when it was read, then from the
/// answers of the operations that made things. A reference is resolved once it is in the book.
/// </summary>
public sealed class IdBook
{
    private readonly Dictionary<PlanRef, IdValue> ids = [];
    private readonly Dictionary<ItemRef, string> folderPaths = [];

    /// <summary>The references known.</summary>
    public IEnumerable<PlanRef> References => ids.Keys;

    /// <summary>Whether the reference is known.</summary>
    public bool Knows(PlanRef reference) => reference is PrincipalRef || ids.ContainsKey(reference);

    /// <summary>Records an id.</summary>
    public void Record(PlanRef reference, IdValue id) => ids[reference] = id;

    /// <summary>Records that something exists without an id of its own (a scope with its own permissions, the site).</summary>
    public void Record(PlanRef reference) => ids.TryAdd(reference, default);

    /// <summary>A list's id.</summary>
    public Guid List(string title) => Get(new ListRef(title)).ListId;

    /// <summary>A group's id.</summary>
    public int Group(string title) => Get(new GroupRef(title)).Number;

    /// <summary>A site user's id.</summary>
    public int User(string upn) => Get(new UserRef(upn)).Number;

    /// <summary>An item's id.</summary>
    public int Item(string list, string key) => Get(new ItemRef(list, key)).Number;

    /// <summary>Records where an existing folder is (its server-relative URL), to find the items in it.</summary>
    public void RecordFolderPath(string list, string folder, string serverRelativeUrl) => folderPaths[new ItemRef(list, folder)] = serverRelativeUrl;

    /// <summary>The server-relative URL of an existing folder, if known.</summary>
    public string? FolderPath(string list, string folder) => folderPaths.GetValueOrDefault(new ItemRef(list, folder));

    /// <summary>The id of any numeric reference.</summary>
    public int Number(PlanRef reference) => reference is PrincipalRef principal ? principal.Id : Get(reference).Number;

    private IdValue Get(PlanRef reference) =>
        ids.TryGetValue(reference, out var id) ? id : throw new InvalidOperationException($"{reference.Describe()} is not known yet; the plan orders its operations wrongly.");
}
