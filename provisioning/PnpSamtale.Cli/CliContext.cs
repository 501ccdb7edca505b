namespace PnpSamtale.Cli;

/// <summary>Where a command writes and what time it is; tests pass their own.</summary>
/// <param name="Out">Standard output: the result.</param>
/// <param name="Error">Standard error: problems and progress.</param>
/// <param name="Clock">The clock.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock);
