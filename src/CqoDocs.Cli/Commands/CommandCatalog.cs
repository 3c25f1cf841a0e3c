using System.CommandLine;

namespace CqoDocs.Cli.Commands;

/// <summary>Every command the tool offers, in the order help lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context) =>
    [
        SegmentCommand.Create(context),
    ];
}
