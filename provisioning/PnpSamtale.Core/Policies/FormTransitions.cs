using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Policies;

/// <summary>One of the two people of a conversation.</summary>
public enum ConversationParty
{
    /// <summary>The conversation holder ("samtaleansvarlig").</summary>
    Holder = 0,

    /// <summary>The conversation partner ("samtalepartner").</summary>
    Partner = 1,

    /// <summary>Anyone else who could edit the form: nothing of its stage is theirs to change.</summary>
    Outsider = 2,
}

/// <summary>Where a form stands: its stage and whether its partner has confirmed it.</summary>
/// <param name="Stage">The stage (the status column).</param>
/// <param name="Confirmed">The partner's confirmation (the <c>Bekreftet</c> column).</param>
public readonly record struct FormState(FormStage Stage, bool Confirmed)
{
    /// <summary>Whether the partner has confirmed the text as it stands: by the stage or by the flag.</summary>
    public bool IsConfirmed => Stage >= FormStage.Confirmed || Confirmed;
}

/// <summary>
/// Who may move a form to a stage, confirm it, or classify it: the person the routine makes responsible for the step
/// that the change completes (StInn: the holder sends the form, 2.4, and archives it, 2.6; the partner confirms it,
/// 2.5). A change made by anyone else is not accepted. The partner chooses the classification; the holder may set a
/// form back to "Under arbeid".
/// The stages follow one another (<see cref="Move"/>): sent only from in progress, confirmed only once sent, archived
/// only once confirmed, nothing after archived; setting a sent or confirmed form back to in progress withdraws the
/// confirmation, which then has to be given again for the text as it now stands.
/// </summary>
public static class FormTransitions
{
    /// <summary>
    /// The state after one change made by <paramref name="by"/> (<c>null</c>: the product, whose writes stand), or
    /// <c>null</c> when the routine does not allow it. <paramref name="stage"/> and <paramref name="confirmed"/> are what
    /// the change set (<c>null</c>: left as it was).
    /// </summary>
    public static FormState? Move(Routine routine, FormState from, FormStage? stage, bool? confirmed, ConversationParty? by)
    {
        ArgumentNullException.ThrowIfNull(routine);
        if (by is not { } party)
        {
            return new FormState(stage ?? from.Stage, confirmed ?? from.Confirmed);
        }

        var state = from;
        if (stage is { } to && to != from.Stage)
        {
            if (party != SetterOf(routine, to) || !Follows(from, to))
            {
                return null;
            }

            if (to == FormStage.InProgress)
            {
                // Re-opened: the confirmation was of a text that is about to change.
                return new FormState(FormStage.InProgress, false);
            }

            state = state with { Stage = to };
        }

        if (confirmed is { } flag && flag != state.Confirmed)
        {
            if (party != ConfirmerOf(routine) || state.Stage is not (FormStage.SentToPartner or FormStage.Confirmed))
            {
                return null;
            }

            state = state with { Confirmed = flag };
        }

        return state;
    }

    /// <summary>
    /// Whether classification <paramref name="to"/> lets fewer people read a form than <paramref name="from"/> (its extra
    /// readers a strict subset): the only change of classification an archived form takes from its partner.
    /// </summary>
    public static bool IsStricter(Routine routine, string? to, string? from)
    {
        var next = FormAccessPolicy.Classify(routine, to).ExtraReaders;
        var before = FormAccessPolicy.Classify(routine, from).ExtraReaders;
        return next.Count < before.Count && next.All(r => before.Contains(r, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Whether <paramref name="to"/> may follow <paramref name="from"/>.</summary>
    private static bool Follows(FormState from, FormStage to) => to switch
    {
        FormStage.InProgress => from.Stage is FormStage.SentToPartner or FormStage.Confirmed,
        FormStage.SentToPartner => from.Stage == FormStage.InProgress,
        FormStage.Confirmed => from.Stage == FormStage.SentToPartner,
        FormStage.Archived => from.Stage != FormStage.Archived && from.Stage != FormStage.InProgress && from.IsConfirmed,
        _ => false,
    };

    /// <summary>Who may set a form to <paramref name="stage"/>.</summary>
    public static ConversationParty SetterOf(Routine routine, FormStage stage)
    {
        ArgumentNullException.ThrowIfNull(routine);
        return stage switch
        {
            FormStage.InProgress => ConversationParty.Holder,
            FormStage.SentToPartner => Responsible(routine, StepEvidence.FormSent, ConversationParty.Holder),
            FormStage.Confirmed => Responsible(routine, StepEvidence.FormConfirmed, ConversationParty.Partner),
            FormStage.Archived => Responsible(routine, StepEvidence.FormArchived, ConversationParty.Holder),
            _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a form stage."),
        };
    }

    /// <summary>Who may confirm (or un-confirm) a form.</summary>
    public static ConversationParty ConfirmerOf(Routine routine) => Responsible(routine, StepEvidence.FormConfirmed, ConversationParty.Partner);

    /// <summary>Who chooses a form's classification: the partner.</summary>
    public static ConversationParty ClassifierOf(Routine routine)
    {
        ArgumentNullException.ThrowIfNull(routine);
        return ConversationParty.Partner;
    }

    private static ConversationParty Responsible(Routine routine, StepEvidence evidence, ConversationParty fallback)
    {
        ArgumentNullException.ThrowIfNull(routine);
        var step = routine.Steps.FirstOrDefault(s => s.DoneWhen == evidence);
        return step?.Responsibility.Kind switch
        {
            ResponsibleKind.Holder => ConversationParty.Holder,
            ResponsibleKind.Partner => ConversationParty.Partner,
            _ => fallback,
        };
    }
}
