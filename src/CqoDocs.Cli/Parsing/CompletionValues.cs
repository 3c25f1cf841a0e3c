using System.CommandLine;
using CqoDocs.Core.Model;
using CqoDocs.Core.Templates;

namespace CqoDocs.Cli.Parsing;

/// <summary>
/// The values a shell offers to complete (System.CommandLine's [suggest] directive, which dotnet-suggest
/// calls): document kinds, topics and template names, wherever a command takes one.
/// </summary>
internal static class CompletionValues
{
    public static void Add(Command command)
    {
        foreach (var option in command.Options)
        {
            if (option.Name == "--kind") option.CompletionSources.Add(_ => Kinds());
            else if (option.Name == "--topic") option.CompletionSources.Add(_ => Topic.All);
        }
        foreach (var argument in command.Arguments)
        {
            if (argument.Name == "TOPIC") argument.CompletionSources.Add(_ => Topic.All);
            else if (argument.Name == "TEMPLATE") argument.CompletionSources.Add(_ => BundledTemplates.Names);
        }
        foreach (var subcommand in command.Subcommands) Add(subcommand);
    }

    private static IEnumerable<string> Kinds() => Enum.GetValues<DocumentKind>().Select(k => k.Key());
}
