using PnpSamtale.Core.Policies;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;

namespace PnpSamtale.Provisioning;

/// <summary>Reads a round's progress from its site: steps done and late, conversations held and late, forms per stage.</summary>
public sealed class RoundStatusReader(ListClient lists, ItemClient items)
{
    /// <summary>The progress of round <paramref name="term"/> as of <paramref name="today"/>; <c>null</c> when the round has no site.</summary>
    public async Task<RoundStatus?> ReadAsync(Blueprint blueprint, Uri tenant, string term, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blueprint);
        var site = RoundDesigner.RoundSiteUrl(blueprint, tenant, term);
        IReadOnlyList<ListInfo> all;
        try
        {
            all = await lists.GetListsAsync(site, cancellationToken).ConfigureAwait(false);
        }
        catch (SharePointServiceException e) when (e.ErrorCode == RemoteError.SiteNotFoundCode)
        {
            return null;
        }

        Guid Id(ListRole role) => all.FirstOrDefault(l => string.Equals(l.Title, blueprint.Round.List(role).Title, StringComparison.OrdinalIgnoreCase))?.Id
            ?? throw new InvalidOperationException($"The round site {site} has no list '{blueprint.Round.List(role).Title}'; run 'samtale round start' to finish it.");
        var steps = await items.QueryItemsAsync(site, Id(ListRole.Steps), new ItemQuery(["Id", Fields.StepNumber, Fields.Deadline, Fields.StepStatus], null, 5000), cancellationToken).ConfigureAwait(false);
        var conversations = await items.QueryItemsAsync(site, Id(ListRole.Conversations), new ItemQuery(["Id", Fields.Deadline, Fields.Held], null, 5000), cancellationToken).ConfigureAwait(false);
        var forms = await items.QueryItemsAsync(site, Id(ListRole.Forms), new ItemQuery(["Id", Fields.FormStatus], null, 5000), cancellationToken).ConfigureAwait(false);
        static DateOnly? Day(ListItem item, string field) => item.GetDateTime(field) is { } instant ? Core.Calendar.OsloTime.Day(instant) : null;
        var stepsDone = steps.Count(s => s.GetString(Fields.StepStatus) is "Utført" or "Utgår");
        var stepsLate = steps.Count(s => s.GetString(Fields.StepStatus) is not ("Utført" or "Utgår") && Day(s, Fields.Deadline) is { } d && d < today);
        var held = conversations.Count(c => c.GetDateTime(Fields.Held) is not null);
        var late = conversations.Count(c => c.GetDateTime(Fields.Held) is null && Day(c, Fields.Deadline) is { } d && d < today);
        var stages = Enum.GetValues<FormStage>().ToDictionary(s => s, s => forms.Count(f => FormStages.Parse(f.GetString(Fields.FormStatus)) == s));
        return new RoundStatus(term, site, steps.Count, stepsDone, stepsLate, conversations.Count, held, late, stages);
    }
}

/// <summary>A round's progress.</summary>
/// <param name="Term">The round.</param>
/// <param name="Site">The round site.</param>
/// <param name="Steps">Steps in the plan.</param>
/// <param name="StepsDone">Steps done (or marked as not applying).</param>
/// <param name="StepsLate">Steps past their deadline and not done.</param>
/// <param name="Conversations">Conversations in the round.</param>
/// <param name="Held">Conversations held.</param>
/// <param name="Late">Conversations past their deadline and not held.</param>
/// <param name="Forms">Forms per stage.</param>
public sealed record RoundStatus(
    string Term, Uri Site, int Steps, int StepsDone, int StepsLate, int Conversations, int Held, int Late, IReadOnlyDictionary<FormStage, int> Forms);
