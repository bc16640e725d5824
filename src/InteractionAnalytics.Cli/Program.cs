using InteractionAnalytics.Cli;

return await CliApplication.RunAsync(
    args, Console.Out, Console.Error, isTerminal: !Console.IsErrorRedirected, TimeProvider.System, Console.In, isInputTerminal: !Console.IsInputRedirected);
