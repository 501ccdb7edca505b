using System.Globalization;
using PnpSamtale.Core.Conversations;
using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;
using PnpSamtale.Provisioning.Blueprints;

namespace PnpSamtale.Provisioning.Desired;

/// <summary>
/// Computes the desired state of a round from blueprint, routine, roster and term: the admin site's share of it
/// (<see cref="AdminSiteDesigner"/>) and the round site (<see cref="RoundSiteDesigner"/>). Pure: no I/O. The same
/// design serves <c>round start</c> (roster from a file or from <c>Verv</c>) and every reconcile (from <c>Verv</c>).
/// </summary>
public static class RoundDesigner
{
    /// <summary>Designs the round, or says what in the input prevents it.</summary>
    public static RoundDesignResult Design(RoundRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = CheckRoster(request.Routine, request.Roster).ToList();
        if (!string.Equals(request.Forms.RoutineId, request.Routine.Id, StringComparison.Ordinal))
        {
            problems.Add($"skjemamalen gjelder rutinen '{request.Forms.RoutineId}', ikke '{request.Routine.Id}'");
        }

        var planned = Planner.Create(new PlanRequest(request.Routine, request.Term) { SetDates = request.SetDates, Roster = request.Roster });
        problems.AddRange(planned.Errors);
        if (problems.Count > 0 || planned.Plan is not { } plan)
        {
            return new RoundDesignResult(null, problems);
        }

        return new RoundDesignResult(new RoundDesign(plan, AdminSiteDesigner.Design(request, plan), RoundSiteDesigner.Design(request, plan)), []);
    }

    /// <summary>The site URL of a round: the blueprint's round site name with the term filled in.</summary>
    public static Uri RoundSiteUrl(Blueprint blueprint, Uri tenant, string term)
    {
        ArgumentNullException.ThrowIfNull(blueprint);
        ArgumentNullException.ThrowIfNull(tenant);
        return SiteUrl(tenant, Fill(blueprint.Round.Name, term, string.Empty));
    }

    /// <summary>The admin site's URL.</summary>
    public static Uri AdminSiteUrl(Blueprint blueprint, Uri tenant)
    {
        ArgumentNullException.ThrowIfNull(blueprint);
        return SiteUrl(tenant, blueprint.Admin.Name);
    }

    /// <summary>The opaque file name of a conversation's form: no names, stable for the conversation key.</summary>
    public static string FormFileName(string conversationKey) => $"skjema-{OpaqueKey.Of(conversationKey)}.docx";

    /// <summary>The opaque name of a conversation's measures folder.</summary>
    public static string FolderName(string conversationKey) => $"tiltak-{OpaqueKey.Of(conversationKey)}";

    /// <summary>The key of a conversation's first measure (made with the folder); later ones are <c>{key}/tiltak-{id}</c>.</summary>
    public static string MeasureKey(string conversationKey) => conversationKey + "/tiltak-1";

    /// <summary>The key the product stamps on a measure a holder added, from its item id.</summary>
    public static string MeasureKey(string conversationKey, int itemId) =>
        conversationKey + "/tiltak-" + itemId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The dates set at round start as <c>Runder</c> keeps them: <c>1.2=2026-11-09;5.1=2026-12-03</c>, in step order.</summary>
    public static string FormatSetDates(IReadOnlyDictionary<StepId, DateOnly> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return string.Join(';', dates.OrderBy(d => d.Key).Select(d => $"{d.Key}={d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
    }

    /// <summary>Reads what <see cref="FormatSetDates"/> wrote; parts that do not read are left out.</summary>
    public static IReadOnlyDictionary<StepId, DateOnly> ParseSetDates(string? text)
    {
        var dates = new Dictionary<StepId, DateOnly>();
        foreach (var part in (text ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length == 2 && StepId.TryParse(pair[0], out var step)
                && DateOnly.TryParseExact(pair[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                dates[step] = day;
            }
        }

        return dates;
    }

    /// <summary>The people holding any of <paramref name="roles"/>, by UPN.</summary>
    internal static string[] Holding(Roster roster, IReadOnlyList<string> roles) =>
        [.. roster.People.Where(p => p.Roles.Any(r => roles.Contains(r.Role, StringComparer.Ordinal))).Select(p => p.Upn).Order(StringComparer.Ordinal)];

    /// <summary>The last deadline of the round.</summary>
    internal static DateOnly RoundEnd(Plan plan) =>
        plan.Steps.Select(s => s.Window.Latest).Concat(plan.Conversations.Select(c => c.Window.Latest)).OfType<DateOnly>()
            .Where(d => d >= plan.Start).DefaultIfEmpty(plan.Start).Max();

    /// <summary>The site groups with their members.</summary>
    internal static IEnumerable<DesiredGroup> Groups(
        SiteBlueprint blueprint, string term, string routineTitle, string[] owners, string[] custodians, string[] holders, string[] partners)
    {
        foreach (var group in blueprint.Groups)
        {
            var members = group.Key switch
            {
                RoleGroup.Owners => owners,
                RoleGroup.Custodians => custodians,
                RoleGroup.Holders => holders,
                _ => partners,
            };
            yield return new DesiredGroup(group.Key, Fill(group.Title, term, routineTitle), Fill(group.Description, term, routineTitle), members);
        }
    }

    private static IEnumerable<string> CheckRoster(Routine routine, Roster roster)
    {
        var known = RoutineRoles.All(routine).Select(r => r.Role).Concat(routine.Roles.Select(r => r.Abbreviation)).ToHashSet(StringComparer.Ordinal);
        foreach (var person in roster.People)
        {
            foreach (var role in person.Roles.Where(r => !known.Contains(r.Role)))
            {
                yield return $"{person.Name} ({person.Upn}) har rollen '{role.Role}', som rutinen '{routine.Id}' verken definerer eller bruker; rett rollen i rosteret eller legg den til i rutinen";
            }
        }
    }

    /// <summary>A blueprint text with the round filled in.</summary>
    internal static string Fill(string text, string term, string routineTitle) =>
        text.Replace("{roundLower}", term.ToLowerInvariant(), StringComparison.Ordinal)
            .Replace("{round}", term, StringComparison.Ordinal)
            .Replace("{routineTitle}", routineTitle, StringComparison.Ordinal);

    private static Uri SiteUrl(Uri tenant, string name) =>
        new(new Uri(tenant.GetLeftPart(UriPartial.Authority) + "/"), "sites/" + name);
}
