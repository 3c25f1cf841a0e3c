using System.CommandLine;
using CqoDocs.Cli.Output;
using CqoDocs.Core.Templates;

namespace CqoDocs.Cli.Commands;

/// <summary>cqodocs templates: the bundled templates and the data each asks for, read from the templates' own tags.</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string?>("TEMPLATE")
        {
            Description = "只看一个模板：内置模板名或 .docx 文件路径",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var json = CommonOptions.Json();
        var command = new Command("templates", "列出内置模板及每个模板需要的数据字段") { path, json };
        command.SetAction(parse => context.Guard(() =>
        {
            var one = parse.GetValue(path);
            var templates = one is null
                ? BundledTemplates.Names.Select(BundledTemplates.Get).ToList()
                : [BundledTemplates.Resolve(one, context.WorkingDirectory)];
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, templates.Select(TemplateJson.From));
                return ExitCodes.Ok;
            }
            foreach (var template in templates)
            {
                TemplateOutlineWriter.Write(context.Out, template);
                context.Out.WriteLine();
            }
            if (one is null)
            {
                context.Out.WriteLine("示例数据：templates/examples/模板名.yaml；生成：cqodocs generate 模板名 --data 数据.yaml --out 文档.docx");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
