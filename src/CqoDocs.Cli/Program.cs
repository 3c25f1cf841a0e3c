using CqoDocs.Cli;

return Cli.Run(args, CliContext.FromEnvironment(Console.Out, Console.Error));
