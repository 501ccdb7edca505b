using PnpSamtale.Core.Policies;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Provisioning.Converge.Planning;

/// <summary>The form's status, classification and confirmation the routine accepted, and the days they were reached.</summary>
internal sealed record AcceptedForm(string Status, string Classification, bool Confirmed, DateOnly? SentOn, DateOnly? ConfirmedOn)
{
    public FormStage Stage => FormStages.Parse(Status);
}

/// <summary>
/// Decides, for one form, which changes of its status, classification and confirmation the routine accepts: a change
/// is accepted when the person who made it — the editor of the version that set the value, from the item's versions —
/// is the one the routine gives it (<see cref="FormTransitions"/>), or the app; anything else is put back to the last
/// accepted value and recorded as reverted. What was accepted before comes from the register (owners only); a form
/// without a register entry is taken as it stands (once, when a round made before the register gets one).
/// </summary>
internal static class FormAcceptance
{
    /// <summary>The accepted values, and the form values to write back (reverts).</summary>
    public static (AcceptedForm Accepted, List<FormValue> Reverts) Decide(
        PlanContext context, DesiredRound round, DesiredConversation conversation, ActualItem? form, RegisterEntry? entry)
    {
        var initial = new AcceptedForm(FormStages.Title(FormStages.Initial), round.DefaultClassification, false, null, null);
        if (form is null)
        {
            return (initial, []);
        }

        var item = form.Item;
        var current = new AcceptedForm(
            FormsList.Status.Read(item) ?? initial.Status,
            FormsList.Classification.Read(item) ?? initial.Classification,
            FormsList.Confirmed.Read(item) ?? false,
            entry?.SentOn,
            entry?.ConfirmedOn);
        if (entry is null)
        {
            // Registered in the same run that made the form, before anyone was given access to it: what it holds is ours.
            return (Dated(current, current, null, context), []);
        }

        var accepted = new AcceptedForm(entry.Status ?? initial.Status, entry.Classification ?? initial.Classification, entry.Confirmed ?? false, entry.SentOn, entry.ConfirmedOn);
        var reverts = new List<FormValue>();
        var result = accepted;
        var holder = context.Actual.Users.GetValueOrDefault(conversation.HolderUpn);
        var partner = context.Actual.Users.GetValueOrDefault(conversation.PartnerUpn);
        int? Party(ConversationParty party) => party == ConversationParty.Holder ? holder : partner;

        if (Differs(current.Status, accepted.Status))
        {
            var setter = Party(FormTransitions.SetterOf(round.Routine, FormStages.Parse(current.Status)));
            result = Judge(context, form, FormsList.Status, setter, out var day)
                ? Dated(result with { Status = current.Status }, accepted, day, context)
                : Revert(context, form, reverts, FormsList.Status.Value(accepted.Status), result);
        }

        if (Differs(current.Classification, accepted.Classification))
        {
            var setter = Party(FormTransitions.ClassifierOf(round.Routine));
            result = Judge(context, form, FormsList.Classification, setter, out _)
                ? result with { Classification = current.Classification }
                : Revert(context, form, reverts, FormsList.Classification.Value(accepted.Classification), result);
        }

        if (current.Confirmed != accepted.Confirmed)
        {
            var setter = Party(FormTransitions.ConfirmerOf(round.Routine));
            result = Judge(context, form, FormsList.Confirmed, setter, out var day)
                ? Dated(result with { Confirmed = current.Confirmed }, accepted, day, context)
                : Revert(context, form, reverts, FormsList.Confirmed.Value(accepted.Confirmed), result);
        }

        return (result, reverts);
    }

    /// <summary>
    /// Whether the current value of <paramref name="column"/> was set by <paramref name="allowed"/> (or the app), from the
    /// form's versions; <paramref name="day"/> is the day it was set, in the site's zone.
    /// </summary>
    private static bool Judge(PlanContext context, ActualItem form, Schema.Column column, int? allowed, out DateOnly? day)
    {
        day = null;
        var versions = context.Versions(context.Desired.List(Blueprints.ListRole.Forms)!.Title, form.Id);
        if (versions is null || ChangeAuthors.SetterOf(versions, form, column.Name, column.Kind) is not { } setBy)
        {
            // Nobody can be shown to have made the change: it is not accepted.
            return false;
        }

        day = context.Regional.Day(setBy.Created);
        return setBy.EditorId == context.Actual.AppUserId || (allowed is { } person && setBy.EditorId == person);
    }

    private static AcceptedForm Revert(PlanContext context, ActualItem form, List<FormValue> reverts, FormValue value, AcceptedForm result)
    {
        reverts.Add(value);
        context.Reverted(context.Desired.List(Blueprints.ListRole.Forms)!.Title, value.FieldName, form.Id);
        return result;
    }

    /// <summary>The accepted values with the day the form reached sent and confirmed filled in (never moved once set).</summary>
    private static AcceptedForm Dated(AcceptedForm next, AcceptedForm before, DateOnly? day, PlanContext context)
    {
        var today = day ?? context.Today;
        var sent = next.Stage >= FormStage.SentToPartner || next.Confirmed;
        var confirmed = next.Stage >= FormStage.Confirmed || next.Confirmed;
        return next with
        {
            SentOn = before.SentOn ?? (sent ? today : null),
            ConfirmedOn = before.ConfirmedOn ?? (confirmed ? today : null),
        };
    }

    private static bool Differs(string? a, string? b) => !string.Equals(a ?? string.Empty, b ?? string.Empty, StringComparison.OrdinalIgnoreCase);
}
