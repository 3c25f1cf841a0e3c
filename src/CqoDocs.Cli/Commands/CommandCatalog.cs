using System.CommandLine;

namespace CqoDocs.Cli.Commands;

/// <summary>Every command the tool offers, in the order help lists them.</summary>
internal static class CommandCatalog
{
    /// <summary>The commands' names, known before any command is built (a test holds them to <see cref="Create"/>).</summary>
    public static readonly string[] Names =
        ["import", "list", "show", "search", "compare", "requirements", "check", "index", "segment", "templates", "generate", "serve"];

    public static IEnumerable<Command> Create(CliContext context) =>
    [
        ImportCommand.Create(context),
        ListCommand.Create(context),
        ShowCommand.Create(context),
        SearchCommand.Create(context),
        CompareCommand.Create(context),
        RequirementsCommand.Create(context),
        CheckCommand.Create(context),
        IndexCommand.Create(context),
        SegmentCommand.Create(context),
        TemplatesCommand.Create(context),
        GenerateCommand.Create(context),
        ServeCommand.Create(context),
    ];
}
