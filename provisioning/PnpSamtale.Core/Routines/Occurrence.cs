namespace PnpSamtale.Core.Routines;

/// <summary>Whether a step takes place in a given season.</summary>
public enum Occurrence
{
    /// <summary>Every round of that season.</summary>
    Always,

    /// <summary>Only when the owner decides it is needed ("ved behov").</summary>
    WhenNeeded,

    /// <summary>Not in that season.</summary>
    Never,
}
