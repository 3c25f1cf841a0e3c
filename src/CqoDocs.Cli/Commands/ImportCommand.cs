using System.CommandLine;
using CqoDocs.Cli.Output;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Import;
using CqoDocs.Core.Model;

namespace CqoDocs.Cli.Commands;

/// <summary>
/// cqodocs import PATH... [--out DIR] [--json] [--dry-run] [--force]: imports raw notices (.txt, .html) into
/// corpus Markdown files, by default into the user's library (which every command reads with the
/// bundled corpus). Each failed input is one line on stderr ("cqodocs: PATH: 原因") and exit code 1,
/// while the other inputs are still imported; their files are then written all together or not at all.
/// --json prints the documents (one object for one document, an array otherwise) instead of the one-line
/// summaries.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "要导入的 .txt / .html 文件或文件夹（文件夹会递归查找）", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "写入语料库文件的文件夹（默认：数据文件夹中你自己的文件库，各命令都会读取）", HelpName = "DIR" };
        var json = CommonOptions.Json();
        json.Description = "以 JSON 输出导入结果（一件文件时为一个对象，否则为数组），不再逐行显示摘要";
        var dryRun = new Option<bool>("--dry-run") { Description = "只解析并显示结果，不写入任何文件" };
        var force = new Option<bool>("--force") { Description = "同一输入再次导入时，覆盖已被手工修改的语料文件" };
        var command = new Command("import", "把网页或文本格式的通知导入语料库（清理、分条、提取元数据和主题）") { paths, output, json, dryRun, force };
        command.SetAction(parse => context.Guard(() =>
        {
            var outDirectory = parse.GetValue(output) is { } chosen ? context.ResolvePath(chosen) : context.LibraryFolder;
            var outcomes = new CorpusImporter(ImportPipeline.Default).Import(parse.GetValue(paths)!, context.WorkingDirectory);
            foreach (var outcome in outcomes)
            {
                if (outcome.Error is { } error) context.Error.WriteLine($"cqodocs: {error.OneLine()}");
                foreach (var warning in outcome.Warnings ?? []) context.Error.WriteLine($"cqodocs: {outcome.Source}: {warning}");
            }
            var imported = outcomes.Where(o => o.Document is not null).ToList();
            var failed = imported.Count < outcomes.Count;

            IReadOnlyList<WrittenDocument> results = imported.Select(o => new WrittenDocument(o.Document!, "", false)).ToList();
            if (!parse.GetValue(dryRun) && imported.Count > 0)
            {
                var inputs = outcomes.Where(o => o.FullPath is not null).Select(o => o.FullPath!).ToList();
                results = CorpusWriter.WriteAll(imported, outDirectory, inputs, parse.GetValue(force));
            }
            if (parse.GetValue(json))
            {
                var shapes = results.Select(r => DocumentJson.From(r.Document)).ToList();
                if (shapes.Count == 1) JsonOutput.Write(context.Out, shapes[0]);
                else JsonOutput.Write(context.Out, shapes);
            }
            else
            {
                foreach (var r in results) context.Out.WriteLine(Summary(r, context));
            }
            return failed ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>A path under the working directory relative to it, any other (the library) in full.</summary>
    private static string Shown(CliContext context, string path)
    {
        var relative = Path.GetRelativePath(context.WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    /// <summary>"清远-2016-measures：《…》 管理办法 · 广东省清远市 · 2016-03-01 · 14 个条目 → corpus/清远-2016-measures.md".</summary>
    private static string Summary(WrittenDocument result, CliContext context)
    {
        var d = result.Document;
        var parts = new List<string> { FilterNames.KindName(d.Kind) };
        if (d.Region.IsKnown) parts.Add(d.Region.ToString());
        if (d.DocNumber is not null) parts.Add(d.DocNumber);
        if (d.Date is { } date) parts.Add(date.ToString("yyyy-MM-dd"));
        parts.Add($"{d.Units.Count} 个条目");
        var target = result.Path.Length == 0 ? "（试运行，未写入）"
            : result.Unchanged ? $"= {Shown(context, result.Path)}（内容未变）"
            : $"→ {Shown(context, result.Path)}";
        return $"{d.Id}：《{d.Title}》 {string.Join(" · ", parts)} {target}";
    }
}
