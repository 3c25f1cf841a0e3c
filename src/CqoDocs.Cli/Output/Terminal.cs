using Spectre.Console;

namespace CqoDocs.Cli.Output;

/// <summary>A Spectre.Console surface over a command's output: colours only on a terminal.</summary>
internal static class Terminal
{
    public static IAnsiConsole For(CliContext context)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Out),
            Ansi = context.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = context.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = context.Interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (context.Width is { } width)
        {
            console.Profile.Width = width;
        }
        else if (!context.Interactive)
        {
            // Redirected output has no width; wide enough that tables of Chinese text do not fold.
            console.Profile.Width = 160;
        }
        return console;
    }
}
