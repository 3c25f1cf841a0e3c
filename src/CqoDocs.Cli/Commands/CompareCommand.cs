using System.CommandLine;
using CqoDocs.Cli.Output;
using CqoDocs.Core;
using CqoDocs.Search.Compare;

namespace CqoDocs.Cli.Commands;

/// <summary>cqodocs compare TOPIC: what each region's documents say on one topic, side by side (对照表).</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var topic = new Argument<string>("TOPIC") { Description = "主题：职责、任职条件、权限…或 duties、qualifications…" };
        var regions = new Option<string[]>("--region") { Description = "只比较这些地区的文件（可重复）", HelpName = "R" };
        var format = new Option<string>("--format") { Description = "输出格式：text（默认）、md（Markdown 表格）、json", HelpName = "FORMAT", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "md", "json");
        var output = new Option<string?>("--out") { Description = "另存为 Word 对照表（.docx，A4 横向）", HelpName = "FILE.docx" };
        var corpus = CommonOptions.Corpus();
        var command = new Command("compare", "按主题对照各地文件的规定，可输出 Markdown 表格或 Word 对照表")
        {
            topic, regions, format, output, corpus,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var set = context.LoadCorpus(parse.GetValue(corpus));
            var comparison = ComparisonBuilder.Build(set.Documents, parse.GetValue(topic)!, parse.GetValue(regions) ?? []);
            if (parse.GetValue(output) is { } file)
            {
                var path = context.ResolvePath(file);
                if (!path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
                {
                    throw new CqoDocsException("--out 应为 .docx 文件", path, field: "--out");
                }
                ComparisonDocxWriter.Write(comparison, path);
                context.Out.WriteLine($"已写入对照表：{path}（{comparison.TopicName}，{comparison.Columns.Count} 件文件）");
                return ExitCodes.Ok;
            }
            switch (parse.GetValue(format))
            {
                case "md":
                    ComparisonMarkdownWriter.Write(comparison, context.Out);
                    break;
                case "json":
                    JsonOutput.Write(context.Out, CompareJson.From(comparison));
                    break;
                default:
                    ComparisonTextWriter.Write(comparison, context.Out);
                    break;
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
