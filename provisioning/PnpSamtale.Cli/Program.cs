using PnpSamtale.Cli;

return SamtaleCli.Run(args, new CliContext(Console.Out, Console.Error, TimeProvider.System));
