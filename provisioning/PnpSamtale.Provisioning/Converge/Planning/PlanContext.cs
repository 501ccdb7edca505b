using PnpSamtale.Provisioning.Converge.Plan;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Regional;

namespace PnpSamtale.Provisioning.Converge.Planning;

/// <summary>What the planners share while planning one site: the design, what the site holds, the ids known, the operations so far.</summary>
internal sealed class PlanContext(DesiredSite desired, ActualSite actual, Uri graphBase, DateTimeOffset now, AuditSettings? audit)
{
    private readonly List<PlannedOperation> operations = [];
    private readonly List<RevertedChange> reverted = [];
    private readonly Dictionary<string, SortedSet<int>> versionsWanted = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IReadOnlyDictionary<string, ActualItem>> identities = new(StringComparer.OrdinalIgnoreCase);

    public DesiredSite Desired { get; } = desired;

    public ActualSite Actual { get; } = actual;

    public Uri Site => Desired.Url;

    public Uri GraphBase { get; } = graphBase;

    /// <summary>Where and how reverted changes are logged, and the run's time; <c>null</c> when there is no log to write to yet.</summary>
    public AuditSettings? Audit { get; } = audit;

    /// <summary>The regional settings values are written in (for a site still to be created: what it will be created with).</summary>
    public RegionalSettings Regional { get; } = actual.Regional ?? Expected(desired);

    /// <summary>Today, in the site's zone (the day a form's change was accepted when its versions do not say).</summary>
    public DateOnly Today => Regional.Day(now);

    /// <summary>The changes put back so far.</summary>
    public IReadOnlyList<RevertedChange> RevertedChanges => reverted;

    /// <summary>The ids known from what the site holds.</summary>
    public IdBook Known { get; } = new();

    public void Add(PlannedOperation operation) => operations.Add(operation);

    /// <summary>The items of a list by designed key, worked out once per plan by <paramref name="identify"/>.</summary>
    public IReadOnlyDictionary<string, ActualItem> Identity(string list, Func<IReadOnlyDictionary<string, ActualItem>> identify)
    {
        if (!identities.TryGetValue(list, out var identity))
        {
            identities[list] = identity = identify();
        }

        return identity;
    }

    public void Reverted(string list, string column, int itemId) => reverted.Add(new RevertedChange(list, column, itemId));

    /// <summary>
    /// The versions of an item, if they were read; otherwise <c>null</c>, and the plan asks for them (the converger reads
    /// them and plans again).
    /// </summary>
    public IReadOnlyList<ActualVersion>? Versions(string list, int itemId)
    {
        if (Actual.Lists.GetValueOrDefault(list)?.Versions.TryGetValue(itemId, out var versions) == true)
        {
            return versions;
        }

        if (!versionsWanted.TryGetValue(list, out var ids))
        {
            versionsWanted[list] = ids = [];
        }

        ids.Add(itemId);
        return null;
    }

    /// <summary>The id of a group or person if the site has them already.</summary>
    public int? KnownId(PlanRef principal) => principal switch
    {
        GroupRef group => Actual.Groups.TryGetValue(group.Title, out var id) ? id : null,
        UserRef user => Actual.Users.TryGetValue(user.Upn, out var id) ? id : null,
        _ => Known.Knows(principal) ? Known.Number(principal) : null,
    };

    /// <summary>The plan, its operations in the order they can be sent: wave by wave, each after what it needs.</summary>
    public ConvergePlan ToPlan() => new(Site, InWaves(operations, Known), [.. reverted], Known)
    {
        VersionsWanted = versionsWanted.ToDictionary(v => v.Key, v => (IReadOnlyList<int>)[.. v.Value], StringComparer.OrdinalIgnoreCase),
    };

    private static List<PlannedOperation> InWaves(IReadOnlyList<PlannedOperation> operations, IdBook known)
    {
        var have = new HashSet<PlanRef>(known.References);
        bool Has(PlanRef reference) => reference is PrincipalRef or RoleRef || have.Contains(reference);
        var ordered = operations.Where(o => o.Kind == OperationKind.CreateSite).ToList();
        var pending = operations.Where(o => o.Kind is not (OperationKind.CreateSite or OperationKind.WriteLog)).ToList();
        while (pending.Count > 0)
        {
            var wave = pending.Where(o => o.Needs.All(Has)).ToList();
            if (wave.Count == 0)
            {
                break;
            }

            ordered.AddRange(wave);
            var sent = wave.ToHashSet(ReferenceEqualityComparer.Instance);
            pending.RemoveAll(sent.Contains);
            foreach (var produced in wave.Select(o => o.Produces).OfType<PlanRef>())
            {
                have.Add(produced);
            }
        }

        // What can never be sent (it needs something nothing makes) stays in the plan, and is reported as not sent.
        return [.. ordered, .. pending, .. operations.Where(o => o.Kind == OperationKind.WriteLog)];
    }

    /// <summary>
    /// The regional settings a site created from the design will have (only for describing the plan of a site that does
    /// not exist yet: once it exists, its own settings are read and the plan is made again).
    /// </summary>
    private static RegionalSettings Expected(DesiredSite desired)
    {
        var zone = SiteTimeZone.Find(desired.TimeZoneId, string.Empty) ?? SiteTimeZone.Find(SiteTimeZone.Oslo, string.Empty)!;
        return desired.Lcid == 1033
            ? new RegionalSettings(1033, 0, "/", ".", false, ":", "AM", "PM", zone)
            : new RegionalSettings(desired.Lcid, 1, ".", ",", true, ":", "a.m.", "p.m.", zone);
    }
}

/// <summary>Where reverted changes are logged: the admin site's <c>Logg</c>, its regional settings, and the run.</summary>
/// <param name="AdminSite">The admin site.</param>
/// <param name="LogListId">The id of <c>Logg</c>.</param>
/// <param name="Regional">The admin site's regional settings.</param>
/// <param name="Round">The round the entry is about.</param>
/// <param name="RunId">The run, as the entry names it.</param>
/// <param name="Now">When.</param>
public sealed record AuditSettings(Uri AdminSite, Guid LogListId, RegionalSettings Regional, string Round, Guid RunId, DateTimeOffset Now);
