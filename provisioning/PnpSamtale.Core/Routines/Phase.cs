namespace PnpSamtale.Core.Routines;

/// <summary>Whether a phase's steps happen once per round or once per conversation.</summary>
public enum PhaseScope
{
    /// <summary>Once per round.</summary>
    Round,

    /// <summary>Once per conversation (the StInn routine's phase 2).</summary>
    Conversation,
}

/// <summary>A phase of the routine ("Fase 1: Planlegging og opplæring").</summary>
public sealed record Phase(string Id, string Title, PhaseScope Scope, IReadOnlyList<Step> Steps);
