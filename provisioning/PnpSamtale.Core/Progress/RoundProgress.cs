using PnpSamtale.Core.Planning;

namespace PnpSamtale.Core.Progress;

/// <summary>
/// Who is behind in a round on a day: every step with its state, every late item with who is responsible for it,
/// and the round in numbers. Computed by <see cref="ProgressAssessor"/>.
/// </summary>
/// <param name="Plan">The round's plan (the chart draws its windows).</param>
/// <param name="Today">The day of the report.</param>
/// <param name="Steps">Every step of the round, in the routine's order.</param>
/// <param name="Late">What is late, by deadline.</param>
/// <param name="Totals">The numbers.</param>
public sealed record RoundProgress(Plan Plan, DateOnly Today, IReadOnlyList<StepProgress> Steps, IReadOnlyList<LateItem> Late, ProgressTotals Totals)
{
    /// <summary>The group title of late items nobody can be held to (a vacant role): "Ingen har rollen L-VK".</summary>
    public static string Nobody(string? role) => role is null ? "Ingen ansvarlig" : $"Ingen har rollen {role}";

    /// <summary>The group title of late items with no campus.</summary>
    public const string NoUnit = "Uten studiested";

    /// <summary>
    /// The late list grouped: per person responsible (most late first, then by name; an item with several
    /// responsible people under each of them), per step (the routine's order) or per campus (by name, those without
    /// one last).
    /// </summary>
    public IReadOnlyList<LateGroup> Groups(LateGrouping by) => by switch
    {
        LateGrouping.Holder => [.. Late
            .SelectMany(i => i.Responsible.Count == 0
                ? [(Key: "\uffff" + Nobody(i.Role), Title: Nobody(i.Role), Person: (ProgressPerson?)null, Item: i)]
                : i.Responsible.Select(p => (Key: p.Upn, Title: p.ToString(), Person: (ProgressPerson?)p, Item: i)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Select(g => new LateGroup(g.First().Title, g.First().Person, [.. g.Select(x => x.Item)]))
            .OrderByDescending(g => g.Items.Count).ThenBy(g => g.Person is null).ThenBy(g => g.Title, StringComparer.Ordinal)],
        LateGrouping.Step => [.. Late
            .GroupBy(i => i.Step)
            .OrderBy(g => g.Key)
            .Select(g => new LateGroup($"{g.Key} {g.First().Activity}", null, [.. g]))],
        LateGrouping.Unit => [.. Late
            .GroupBy(i => i.Unit ?? string.Empty, StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LateGroup(g.Key.Length == 0 ? NoUnit : g.Key, null, [.. g]))],
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, "A grouping the status report does not know."),
    };
}
