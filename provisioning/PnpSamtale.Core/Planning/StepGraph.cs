using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Planning;

/// <summary>
/// The steps a step's dates are computed from. A conversation step (2.2) depends on every step that defines
/// conversations. Used for the planning order and for cycle detection.
/// </summary>
public static class StepGraph
{
    /// <summary>The steps <paramref name="step"/> depends on, among <paramref name="steps"/>.</summary>
    public static IReadOnlyList<StepId> DependenciesOf(Step step, IEnumerable<Step> steps)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Timing is AtConversation
            ? [.. steps.Where(s => s.Conversation is not null).Select(s => s.Id)]
            : step.Timing.Anchors;
    }

    /// <summary>
    /// The steps in an order where every step comes after those it depends on (routine order where free), or the
    /// first cycle found, e.g. [1.1, 1.2, 1.1]. Dependencies on steps not in the list are ignored.
    /// </summary>
    public static (IReadOnlyList<Step> Order, IReadOnlyList<StepId>? Cycle) Sort(IReadOnlyList<Step> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var byId = steps.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
        var state = new Dictionary<StepId, int>();
        var order = new List<Step>();
        var path = new List<StepId>();
        foreach (var step in byId.Values)
        {
            var cycle = Visit(step);
            if (cycle is not null)
            {
                return (order, cycle);
            }
        }

        return (order, null);

        List<StepId>? Visit(Step step)
        {
            if (state.GetValueOrDefault(step.Id) == 2)
            {
                return null;
            }

            if (state.GetValueOrDefault(step.Id) == 1)
            {
                return [.. path.Skip(path.IndexOf(step.Id)), step.Id];
            }

            state[step.Id] = 1;
            path.Add(step.Id);
            foreach (var dependency in DependenciesOf(step, byId.Values))
            {
                if (byId.TryGetValue(dependency, out var next) && Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[step.Id] = 2;
            order.Add(step);
            return null;
        }
    }
}
