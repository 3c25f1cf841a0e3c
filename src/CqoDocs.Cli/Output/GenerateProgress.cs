using Spectre.Console;

namespace CqoDocs.Cli.Output;

/// <summary>A progress bar on stderr while a batch of documents is generated; nothing when output is redirected.</summary>
internal static class GenerateProgress
{
    public static T Run<T>(CliContext context, int total, Func<Action<int>, T> work)
    {
        if (!context.Interactive || total < 2) return work(_ => { });
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Error),
            Interactive = InteractionSupport.Yes,
        });
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("生成文档", maxValue: total);
                return work(done => task.Value = done);
            });
    }
}
