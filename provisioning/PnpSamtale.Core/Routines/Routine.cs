using PnpSamtale.Core.Calendar;

namespace PnpSamtale.Core.Routines;

/// <summary>A routine for appraisal conversations, loaded from a routine definition file.</summary>
public sealed record Routine
{
    /// <summary>Stable id, e.g. <c>stinn-medarbeidersamtaler</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Title in Norwegian.</summary>
    public required string Title { get; init; }

    /// <summary>Title in English.</summary>
    public string? TitleEn { get; init; }

    /// <summary>The role that owns the routine and receives escalations.</summary>
    public required string OwnerRole { get; init; }

    /// <summary>When rounds start.</summary>
    public required Cadence Cadence { get; init; }

    /// <summary>How business days are counted.</summary>
    public CalendarOptions Calendar { get; init; } = CalendarOptions.Default;

    /// <summary>The glossary of role abbreviations.</summary>
    public required IReadOnlyList<RoleDefinition> Roles { get; init; }

    /// <summary>The phases in order.</summary>
    public required IReadOnlyList<Phase> Phases { get; init; }

    /// <summary>The classification levels for archived forms.</summary>
    public required IReadOnlyList<Classification> Classifications { get; init; }

    /// <summary>Roles that keep the archive (readers at levels that allow them).</summary>
    public IReadOnlyList<string> Custodians { get; init; } = [];

    /// <summary>How long forms are kept.</summary>
    public required Retention Retention { get; init; }

    /// <summary>Reminder lead time and escalation.</summary>
    public required ReminderPolicy Reminders { get; init; }

    /// <summary>Partner categories with their own form; empty when one form serves everyone.</summary>
    public IReadOnlyList<ConversationCategory> Categories { get; init; } = [];

    /// <summary>Rights and rules the partner is told about.</summary>
    public IReadOnlyList<Notice> Notices { get; init; } = [];

    /// <summary>Every step of every phase, in routine order.</summary>
    public IEnumerable<Step> Steps => Phases.SelectMany(p => p.Steps);

    /// <summary>The phase a step belongs to.</summary>
    public Phase PhaseOf(StepId id) => Phases.First(p => p.Steps.Any(s => s.Id == id));

    /// <summary>The step with the given number, if the routine has it.</summary>
    public Step? FindStep(StepId id) => Steps.FirstOrDefault(s => s.Id == id);

    /// <summary>The glossary entry for an abbreviation, if any.</summary>
    public RoleDefinition? FindRole(string abbreviation) =>
        Roles.FirstOrDefault(r => string.Equals(r.Abbreviation, abbreviation, StringComparison.Ordinal));
}
