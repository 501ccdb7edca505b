using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Reminders;

/// <summary>What the reminder job read from one round's lists, as plain facts (no SharePoint types).</summary>
/// <param name="Round">The round (term), e.g. <c>H2026</c>.</param>
/// <param name="Routine">The round's routine.</param>
/// <param name="Steps">The round-level steps (<c>Aktiviteter</c>).</param>
/// <param name="Conversations">The conversations (<c>Samtaler</c> joined with their forms).</param>
/// <param name="Measures">The measures (<c>Tiltak</c>).</param>
public sealed record RoundFacts(
    string Round,
    Routine Routine,
    IReadOnlyList<StepFacts> Steps,
    IReadOnlyList<ConversationFacts> Conversations,
    IReadOnlyList<MeasureFacts> Measures);

/// <summary>A round-level step as its <c>Aktiviteter</c> item says.</summary>
/// <param name="Step">The step number.</param>
/// <param name="Deadline">Its deadline (<c>Frist</c>), if it has one.</param>
/// <param name="Done">Whether its status says done (<c>Utført</c>, <c>Utgår</c>) or a done date is set.</param>
/// <param name="Link">Where the responsible person sees it.</param>
public sealed record StepFacts(StepId Step, DateOnly? Deadline, bool Done, Uri Link);

/// <summary>A conversation as its <c>Samtaler</c> item and its form say.</summary>
/// <param name="Key">The conversation key.</param>
/// <param name="Title">The conversation's title (step and the pair's names).</param>
/// <param name="HolderUpn">The holder.</param>
/// <param name="PartnerUpn">The partner.</param>
/// <param name="Deadline">The last day the conversation may be held (<c>Frist</c>).</param>
/// <param name="Scheduled">Whether a time is agreed (<c>Avtalt</c>).</param>
/// <param name="Held">The day it was held (<c>Gjennomført</c>).</param>
/// <param name="Stage">The form's status.</param>
/// <param name="SentOn">The day the form went to the partner (stamped by the job the first day it sees it sent).</param>
/// <param name="Confirmed">Whether the partner confirmed the form.</param>
/// <param name="ConfirmedOn">The day of the confirmation (stamped like <paramref name="SentOn"/>).</param>
/// <param name="Link">The conversation item.</param>
/// <param name="FormLink">The form's item (its properties, never its content), if the form exists.</param>
public sealed record ConversationFacts(
    string Key,
    string Title,
    string HolderUpn,
    string PartnerUpn,
    DateOnly? Deadline,
    bool Scheduled,
    DateOnly? Held,
    FormStage Stage,
    DateOnly? SentOn,
    bool Confirmed,
    DateOnly? ConfirmedOn,
    Uri Link,
    Uri? FormLink);

/// <summary>A measure agreed in a conversation (<c>Tiltak</c>).</summary>
/// <param name="Key">The measure key.</param>
/// <param name="ConversationKey">Its conversation.</param>
/// <param name="Deadline">The follow-up deadline set in the conversation, if set yet.</param>
/// <param name="Done">Whether it is followed up or dropped.</param>
/// <param name="Link">The measure item.</param>
public sealed record MeasureFacts(string Key, string ConversationKey, DateOnly? Deadline, bool Done, Uri Link);
