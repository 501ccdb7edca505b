namespace PnpSamtale.Cli;

/// <summary>Where a command writes, what time it is, and when long-running commands stop; tests pass their own.</summary>
/// <param name="Out">Standard output: the result.</param>
/// <param name="Error">Standard error: problems and progress.</param>
/// <param name="Clock">The clock.</param>
/// <param name="Stop">Cancelled when the user asks a long-running command (e.g. <c>local serve</c>) to stop.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock, CancellationToken Stop = default);
