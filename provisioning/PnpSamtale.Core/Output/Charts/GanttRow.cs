using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Output.Charts;

/// <summary>One step of the chart: a bar from <see cref="Earliest"/> to <see cref="Latest"/> (both days included).</summary>
/// <param name="Step">The step number.</param>
/// <param name="Activity">The routine's activity text.</param>
/// <param name="Responsible">The routine's "Ansvarlig" text.</param>
/// <param name="Earliest">The first day of the window, if known.</param>
/// <param name="Latest">The last day (the deadline), if known.</param>
/// <param name="State">Where the step stands.</param>
/// <param name="Optional">The step takes place only when needed this term.</param>
/// <param name="Note">How the dates were found (the plan's explanation), shown as the bar's tooltip.</param>
/// <param name="When">The routine's "Når" text, verbatim, shown where no date is known yet.</param>
public sealed record GanttRow(StepId Step, string Activity, string Responsible, DateOnly? Earliest, DateOnly? Latest, StepState State, bool Optional, string Note, string When);
