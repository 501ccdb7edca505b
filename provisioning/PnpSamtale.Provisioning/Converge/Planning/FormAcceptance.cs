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
        var holder = context.Actual.Users.GetValueOrDefault(conversation.HolderUpn);
        var partner = context.Actual.Users.GetValueOrDefault(conversation.PartnerUpn);
        int? Party(ConversationParty party) => party == ConversationParty.Holder ? holder : partner;

        var result = accepted;
        if (Differs(current.Status, accepted.Status) || current.Confirmed != accepted.Confirmed)
        {
            var versions = context.Versions(context.Desired.List(Blueprints.ListRole.Forms)!.Title, form.Id);
            if (versions is null)
            {
                return (accepted, []);
            }

            result = Replay(context, round, accepted, versions, holder, partner);
            if (Differs(current.Status, result.Status))
            {
                Revert(context, form, reverts, FormsList.Status.Value(result.Status), result);
            }

            if (current.Confirmed != result.Confirmed)
            {
                Revert(context, form, reverts, FormsList.Confirmed.Value(result.Confirmed), result);
            }
        }

        if (Differs(current.Classification, accepted.Classification))
        {
            // Once archived, the partner may still make the form stricter (fewer readers), never open it to more.
            var stricter = FormTransitions.IsStricter(round.Routine, current.Classification, accepted.Classification);
            var setter = accepted.Stage == FormStage.Archived && !stricter ? null : Party(FormTransitions.ClassifierOf(round.Routine));
            result = Judge(context, form, FormsList.Classification, setter, out _)
                ? result with { Classification = current.Classification }
                : Revert(context, form, reverts, FormsList.Classification.Value(accepted.Classification), result);
        }

        return (result, reverts);
    }

    /// <summary>
    /// The form's state after the changes its versions show since the state the register accepted (from the newest
    /// version that holds it), each change taken only when the routine allows it from where the form then stood and it
    /// was made by the person the step is for (<see cref="FormTransitions.Move"/>); the days sent and confirmed are those
    /// of the versions that made them, and a re-opened form has neither.
    /// </summary>
    private static AcceptedForm Replay(PlanContext context, DesiredRound round, AcceptedForm accepted, IReadOnlyList<ActualVersion> versions, int? holder, int? partner)
    {
        var ordered = versions.OrderBy(v => v.VersionId).ToList();
        var start = ordered.FindLastIndex(v => StateOf(v) == new FormState(accepted.Stage, accepted.Confirmed));
        if (start < 0)
        {
            // No version holds what was accepted: nothing since can be shown to follow from it.
            return accepted;
        }

        var state = new FormState(accepted.Stage, accepted.Confirmed);
        var result = accepted;
        for (var i = start + 1; i < ordered.Count; i++)
        {
            var before = StateOf(ordered[i - 1]);
            var after = StateOf(ordered[i]);
            var editor = ordered[i].EditorId;
            ConversationParty? by = editor == context.Actual.AppUserId ? null
                : editor == holder ? ConversationParty.Holder
                : editor == partner ? ConversationParty.Partner
                : ConversationParty.Outsider;
            var next = FormTransitions.Move(
                round.Routine,
                state,
                after.Stage != before.Stage ? after.Stage : null,
                after.Confirmed != before.Confirmed ? after.Confirmed : null,
                by);
            if (next is not { } moved || moved == state)
            {
                continue;
            }

            var day = context.Regional.Day(ordered[i].Created);
            result = moved.Stage == FormStage.InProgress && !moved.Confirmed
                ? result with { SentOn = null, ConfirmedOn = null }
                : result with
                {
                    SentOn = result.SentOn ?? (moved.Stage >= FormStage.SentToPartner ? day : null),
                    ConfirmedOn = result.ConfirmedOn ?? (moved.IsConfirmed ? day : null),
                };
            result = result with { Status = FormStages.Title(moved.Stage), Confirmed = moved.Confirmed };
            state = moved;
        }

        return result;
    }

    private static FormState StateOf(ActualVersion version) =>
        new(FormStages.Parse(version.Text(FormsList.Status.Name)), version.Text(FormsList.Confirmed.Name) is "1" or "true" or "True");

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
