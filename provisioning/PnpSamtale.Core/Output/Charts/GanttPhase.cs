namespace PnpSamtale.Core.Output.Charts;

/// <summary>A band of the chart: a phase of the routine with its steps.</summary>
/// <param name="Title">"Fase 1: Planlegging og opplæring".</param>
/// <param name="Rows">Its steps, in the routine's order.</param>
public sealed record GanttPhase(string Title, IReadOnlyList<GanttRow> Rows);
