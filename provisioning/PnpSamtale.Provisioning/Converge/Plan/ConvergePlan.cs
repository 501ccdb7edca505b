namespace PnpSamtale.Provisioning.Converge.Plan;

/// <summary>
/// Everything converging a site will change, in order, as data: what <c>round start --dry-run</c> prints, and what the
/// runner sends. Computed by <see cref="Planning.ConvergePlanner"/> from the design and what the site holds.
/// </summary>
/// <param name="Site">The site.</param>
/// <param name="Operations">The changes, in an order the runner may send them (each after what it needs).</param>
/// <param name="Reverted">Values someone changed who may not, which the plan puts back.</param>
/// <param name="Known">The ids known before anything is sent (from what the site holds).</param>
public sealed record ConvergePlan(Uri Site, IReadOnlyList<PlannedOperation> Operations, IReadOnlyList<RevertedChange> Reverted, IdBook Known)
{
    /// <summary>
    /// Items whose versions the plan needs to say who made a change (by list title), and did not have: the converger reads
    /// them and plans again. Empty when the plan is final.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> VersionsWanted { get; init; } = new Dictionary<string, IReadOnlyList<int>>();

    /// <summary>Whether the site has to be created first (the rest is then planned against an empty site).</summary>
    public bool CreatesSite => Operations.Any(o => o.Kind == OperationKind.CreateSite);

    /// <summary>Whether the site is as designed.</summary>
    public bool IsEmpty => Operations.Count == 0;

    /// <summary>The plan as lines a person reads, one per operation, in order.</summary>
    public IReadOnlyList<string> Describe() => [.. Operations.Select(o => o.ToString())];

    /// <summary>How many operations of each kind.</summary>
    public IReadOnlyDictionary<OperationKind, int> Counts() =>
        Operations.GroupBy(o => o.Kind).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
}

/// <summary>A value someone changed who may not, put back: where (list, column, item id), never who or what.</summary>
/// <param name="List">The list.</param>
/// <param name="Column">The column's internal name.</param>
/// <param name="ItemId">The item's id.</param>
public sealed record RevertedChange(string List, string Column, int ItemId);
