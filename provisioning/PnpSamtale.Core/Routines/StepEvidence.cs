namespace PnpSamtale.Core.Routines;

/// <summary>
/// What in the round's lists shows that a conversation step (phase 2) is done, so the reminder job knows when to
/// stop reminding. The routine says it per step (<c>doneWhen</c>); a step without it is not tracked.
/// </summary>
public enum StepEvidence
{
    /// <summary>Not tracked: the step happens as part of another (e.g. measures are agreed in the conversation).</summary>
    None,

    /// <summary>A time for the conversation is agreed (<c>Avtalt</c> set) — the invitation went out.</summary>
    Scheduled,

    /// <summary>The conversation was held (<c>Gjennomført</c> set).</summary>
    Held,

    /// <summary>The form was sent to the partner (status <c>Sendt til partner</c> or later).</summary>
    FormSent,

    /// <summary>The partner confirmed the form (<c>Bekreftet</c>, or status <c>Bekreftet</c> or later).</summary>
    FormConfirmed,

    /// <summary>The form is archived (status <c>Arkivert</c>).</summary>
    FormArchived,

    /// <summary>Each measure agreed in the conversation is followed up by its own deadline.</summary>
    Measures,
}
