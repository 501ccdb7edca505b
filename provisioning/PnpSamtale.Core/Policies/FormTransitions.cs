using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Policies;

/// <summary>One of the two people of a conversation.</summary>
public enum ConversationParty
{
    /// <summary>The conversation holder ("samtaleansvarlig").</summary>
    Holder = 0,

    /// <summary>The conversation partner ("samtalepartner").</summary>
    Partner = 1,
}

/// <summary>
/// Who may move a form to a stage, confirm it, or classify it: the person the routine makes responsible for the step
/// that the change completes (StInn: the holder sends the form, 2.4, and archives it, 2.6; the partner confirms it,
/// 2.5). A change made by anyone else is not accepted. The partner chooses the classification; the holder may set a
/// form back to "Under arbeid".
/// </summary>
public static class FormTransitions
{
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
