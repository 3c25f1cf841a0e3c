using System.CommandLine;
using System.CommandLine.Help;
using CqoDocs.Cli.Commands;
using CqoDocs.Cli.Help;
using CqoDocs.Cli.Parsing;

namespace CqoDocs.Cli;

/// <summary>Wires the commands together; each command lives in Commands/ and only translates arguments.</summary>
internal static class Cli
{
    /// <summary>"@file" is a search word, not a response file to expand.</summary>
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("首席质量官（CQO）制度文件知识库与公文生成工具");
        foreach (var command in CommandCatalog.Create(context))
        {
            root.Add(command);
        }
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = "显示帮助：用法、参数、选项和示例";
                help.Action = new ChineseHelp(context.Out);
            }
            else if (option is VersionOption)
            {
                option.Description = "显示版本号";
            }
        }
        CommonOptions.AddValueChecks(root);
        CompletionValues.Add(root);
        return root;
    }

    public static int Run(string[] args, CliContext context)
    {
        var root = Build(context);
        if (args.Length == 0)
        {
            ChineseHelp.Write(root, context.Out);
            return ExitCodes.Ok;
        }
        var result = root.Parse(args, Parsing);
        if (result.Action is not { ClearsParseErrors: true } && UsageErrors.First(result) is { } error)
        {
            context.Error.WriteLine($"cqodocs: {error}");
            return ExitCodes.Usage;
        }
        return result.Invoke(new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        });
    }
}
