using System.CommandLine;
using CqoDocs.Cli.Commands;

namespace CqoDocs.Cli;

/// <summary>Wires the commands together; each command lives in Commands/ and only translates arguments.</summary>
internal static class Cli
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("cqodocs：首席质量官（CQO）制度文件知识库与公文生成工具");
        foreach (var command in CommandCatalog.Create(context))
        {
            root.Add(command);
        }
        return root;
    }

    public static int Run(string[] args, CliContext context)
    {
        var root = Build(context);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                context.Error.WriteLine($"cqodocs: {error.Message}");
            }
            context.Error.WriteLine("cqodocs: 用法见 cqodocs --help");
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
