namespace PnpSamtale.Core.Output.Charts;

/// <summary>
/// Where a step stands, as the chart shows it. A plan without a site knows only <see cref="Planned"/> and
/// <see cref="NotKnownYet"/>; a status report passes what the round's lists say (<see cref="Open"/>,
/// <see cref="Done"/>, <see cref="Late"/>).
/// </summary>
public enum StepState
{
    /// <summary>Planned: its window is known and nothing is recorded yet ("planlagt").</summary>
    Planned,

    /// <summary>Its dates are not known yet: set in a later step, or per person ("ikke kjent ennå").</summary>
    NotKnownYet,

    /// <summary>Under way: its window has opened and it is not done ("åpen").</summary>
    Open,

    /// <summary>Done ("utført").</summary>
    Done,

    /// <summary>Past its deadline and not done ("forfalt").</summary>
    Late,
}
