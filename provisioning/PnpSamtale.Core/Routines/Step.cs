using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Routines;

/// <summary>One row of the routine's table of activities.</summary>
public sealed record Step
{
    /// <summary>The step number, e.g. 1.1.</summary>
    public required StepId Id { get; init; }

    /// <summary>The "Aktivitet" text, verbatim.</summary>
    public required string Activity { get; init; }

    /// <summary>The activity in English, translated from <see cref="Activity"/>; <c>null</c> when the routine has none.</summary>
    public string? ActivityEn { get; init; }

    /// <summary>The "Beskrivelse" text, verbatim (may be empty).</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The "Ansvarlig" text, verbatim.</summary>
    public required string Responsible { get; init; }

    /// <summary>Who is responsible, structured.</summary>
    public required Responsibility Responsibility { get; init; }

    /// <summary>The "Når" text, verbatim (may be empty).</summary>
    public string When { get; init; } = string.Empty;

    /// <summary>The structured timing rule.</summary>
    public required TimingRule Timing { get; init; }

    /// <summary>Whether the step occurs in a season; seasons not listed are <see cref="Occurrence.Always"/>.</summary>
    public IReadOnlyDictionary<Season, Occurrence> Occurs { get; init; } = new Dictionary<Season, Occurrence>();

    /// <summary>Set when the step stands for conversations (phases 3 and 4 of the StInn routine).</summary>
    public ConversationRule? Conversation { get; init; }

    /// <summary>For conversation steps: what in the lists shows the step is done (<see cref="StepEvidence.None"/>: not tracked).</summary>
    public StepEvidence DoneWhen { get; init; } = StepEvidence.None;

    /// <summary>Who is invited, for meetings.</summary>
    public IReadOnlyList<Participant> Participants { get; init; } = [];

    /// <summary>The activity in <paramref name="language"/>: the English text when there is one, else the routine's own.</summary>
    public string ActivityIn(Language language) =>
        language == Language.English && !string.IsNullOrWhiteSpace(ActivityEn) ? ActivityEn : Activity;

    /// <summary>Whether the step occurs in <paramref name="season"/>.</summary>
    public Occurrence OccurrenceIn(Season season) => Occurs.TryGetValue(season, out var o) ? o : Occurrence.Always;
}
