namespace PnpSamtale.Core.Output.Charts;

/// <summary>How each <see cref="StepState"/> is named and drawn: one place, so a new state cannot be half-handled.</summary>
internal static class GanttStates
{
    public static string Title(StepState state) => state switch
    {
        StepState.Planned => "planlagt",
        StepState.NotKnownYet => "ikke kjent ennå",
        StepState.Open => "åpen",
        StepState.Done => "utført",
        StepState.Late => "forfalt",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "A step state the chart does not know."),
    };

    public static string BarCss(StepState state) => state switch
    {
        StepState.Planned => "planned",
        StepState.NotKnownYet => "unknown",
        StepState.Open => "open",
        StepState.Done => "done",
        StepState.Late => "late",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "A step state the chart does not know."),
    };

    public static string StatusCss(StepState state) => state switch
    {
        StepState.Late => "status-late",
        StepState.Done => "status-done",
        StepState.NotKnownYet => "muted",
        _ => "label",
    };
}
