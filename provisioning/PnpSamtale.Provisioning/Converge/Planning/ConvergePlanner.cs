using System.Globalization;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Converge.Plan;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Provisioning.Converge.Planning;

/// <summary>
/// Turns a site's design and what the site holds into the plan that converges it: the operations, in an order the
/// runner can send them, each naming what it needs. Pure: no I/O; the same inputs give the same plan.
/// </summary>
internal static class ConvergePlanner
{
    /// <summary>The plan. A site that does not exist yet is planned as if empty, after creating it.</summary>
    /// <param name="desired">The design.</param>
    /// <param name="actual">What the site holds (<see cref="ActualSite.Missing"/> for a site still to be created).</param>
    /// <param name="graphBase">Graph's base URL.</param>
    /// <param name="now">The time of planning.</param>
    /// <param name="audit">Where changes put back are logged; <c>null</c> to log nothing.</param>
    public static ConvergePlan Plan(DesiredSite desired, ActualSite actual, Uri graphBase, DateTimeOffset now, AuditSettings? audit)
    {
        var context = new PlanContext(desired, actual, graphBase, now, audit);
        if (!actual.Exists)
        {
            context.Add(Ops.CreateSite(desired));
        }

        Know(context);
        StructurePlanner.Plan(context);
        foreach (var list in desired.Lists.Where(l => !IsConversations(l.Blueprint.Role)))
        {
            ItemPlanner.Plan(context, list, actual.Lists.GetValueOrDefault(list.Title));
        }

        if (desired.Round is not null)
        {
            StepPlanner.Plan(context);
            ConversationPlanner.Plan(context);
            MeasurePlanner.Plan(context);
        }

        if (audit is not null && context.RevertedChanges.Count > 0 && desired.Round is not null)
        {
            context.Add(LogEntry(audit, desired.Round.Audit.LogList, context.RevertedChanges));
        }

        return context.ToPlan();
    }

    /// <summary>The lists whose items belong to conversations (planned by <see cref="ConversationPlanner"/>).</summary>
    private static bool IsConversations(ListRole role) => role is ListRole.Conversations or ListRole.Forms or ListRole.Measures or ListRole.Register;

    /// <summary>Records the ids of what the site has: lists, groups, users, role definitions.</summary>
    private static void Know(PlanContext context)
    {
        var actual = context.Actual;
        foreach (var (title, list) in actual.Lists)
        {
            context.Known.Record(new ListRef(title), IdValue.Of(list.Id));
        }

        foreach (var (title, id) in actual.Groups)
        {
            context.Known.Record(new GroupRef(title), IdValue.Of(id));
        }

        foreach (var (upn, id) in actual.Users)
        {
            context.Known.Record(new UserRef(upn), IdValue.Of(id));
        }

        foreach (var (kind, id) in actual.RoleDefinitions)
        {
            context.Known.Record(new RoleRef((SharePoint.RoleDefinitions.RoleTypeKind)kind), IdValue.Of(id));
        }

        foreach (var (name, id) in actual.RoleDefinitionNames)
        {
            context.Known.Record(new NamedRoleRef(name), IdValue.Of(id));
        }
    }

    /// <summary>
    /// One <c>Logg</c> entry for the changes put back: per list and column how many and which item ids — never who or
    /// what they wrote.
    /// </summary>
    private static PlannedOperation LogEntry(AuditSettings audit, string logList, IReadOnlyList<RevertedChange> reverted)
    {
        var lines = reverted
            .GroupBy(r => (r.List, r.Column))
            .OrderBy(g => g.Key.List, StringComparer.Ordinal).ThenBy(g => g.Key.Column, StringComparer.Ordinal)
            .Select(g => $"{g.Key.List}.{g.Key.Column}: {g.Count()} (element {string.Join(", ", g.Select(r => r.ItemId).Distinct().Order().Select(i => i.ToString(CultureInfo.InvariantCulture)))})");
        IReadOnlyList<FormValue> values =
        [
            FormValue.Text(Fields.Title, $"Endring tilbakestilt {audit.Round}"),
            LogList.Key.Value($"{audit.Round}/tilbakestilt/{audit.RunId:D}"),
            LogList.Event.Value(LogEvents.Reverted),
            LogList.Round.Value(audit.Round),
            LogList.JobRun.Value(audit.RunId.ToString("D")),
            LogList.LoggedAt.Value(audit.Now),
            LogList.Count.Value(reverted.Count),
            LogList.Details.Value(string.Join('\n', lines)),
        ];
        return Ops.WriteLog(audit, logList, values, $"{reverted.Count} endringer tilbakestilt");
    }
}
