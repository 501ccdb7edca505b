using PnpSamtale.Cli;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Ctrl+C stops a long-running command cleanly instead of killing the process mid-write.
    e.Cancel = true;
    stop.Cancel();
};

return SamtaleCli.Run(args, new CliContext(Console.Out, Console.Error, TimeProvider.System, stop.Token));
