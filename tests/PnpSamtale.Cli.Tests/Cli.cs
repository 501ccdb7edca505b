using PnpSamtale.Cli;

namespace PnpSamtale.Cli.Tests;

/// <summary>Runs <c>samtale</c> in-process from the repository root and captures what it prints.</summary>
internal static class Cli
{
    public static string Root { get; } = PnpSamtale.Tests.Shared.RepositoryRoot.Path;

    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = SamtaleCli.Run([.. args.Select(a => a.StartsWith("templates/", StringComparison.Ordinal) ? Path.Combine(Root, a) : a)], new CliContext(output, error, new FixedClock()));
        return (exit, output.ToString(), error.ToString());
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    }
}
