using System.CommandLine;
using System.Text.Json;
using CqoDocs.Cli.Output;
using CqoDocs.Core;
using CqoDocs.Core.IO;
using CqoDocs.Core.Requirements;
using CqoDocs.Core.Requirements.Matrix;

namespace CqoDocs.Cli.Commands;

/// <summary>
/// cqodocs requirements: the requirements each document sets (学历、年限、证书、培训、聘期、备案…) with their
/// source text and each document's validity; --matrix puts them side by side and marks where regions differ.
/// </summary>
internal static class RequirementsCommand
{
    public static Command Create(CliContext context)
    {
        var regions = new Option<string[]>("--region") { Description = "只看这些地区的文件（可重复）", HelpName = "R" };
        var matrix = new Option<bool>("--matrix") { Description = "按要求逐项对照各文件（一行一项要求、一列一件文件），标出不同之处" };
        var format = new Option<string>("--format") { Description = "输出格式：text（默认）、md（Markdown 表格，仅 --matrix）、json", HelpName = "FORMAT", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "md", "json");
        var output = new Option<string?>("--out") { Description = "另存为文件：.json（可审阅的数据）、.md 或 .docx（对照表）", HelpName = "FILE" };
        var kinds = new Option<string[]>("--kind") { Description = "只看这些要求（可重复）：学历、质量工作年限、证书与职称、任职培训、继续教育、不得担任的情形、聘期、任命者、备案、按企业规模设岗，或 education、term…", HelpName = "K" };
        var inForce = CommonOptions.InForce();
        var asOf = CommonOptions.AsOf();
        var corpus = CommonOptions.Corpus();
        var command = new Command("requirements", "从条文中提取任职要求（学历、年限、证书、培训、聘期、备案等，附出处原文）并判断文件效力；--matrix 按地区对照")
        {
            regions, matrix, kinds, format, output, inForce, asOf, corpus,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var day = RequirementSelection.Day(parse.GetValue(asOf));
            var set = context.LoadCorpus(parse.GetValue(corpus));
            var chosen = (parse.GetValue(kinds) ?? []).Select(k => RequirementKinds.Resolve(k)
                ?? throw new CqoDocsException($"没有“{k}”这项要求（可用：{string.Join("、", RequirementKinds.All.Select(x => x.ChineseName()))}）", field: "--kind")).ToHashSet();
            var documents = RequirementSelection.Select(set.Documents, parse.GetValue(regions) ?? [], parse.GetValue(inForce), day);
            if (chosen.Count > 0) documents = documents.Select(d => d with { Requirements = d.Requirements.Where(r => chosen.Contains(r.Kind)).ToList() }).ToList();
            var table = MatrixBuilder.Build(documents, chosen);
            if (parse.GetValue(output) is { } file)
            {
                var path = context.ResolvePath(file);
                Save(path, documents, table, parse.GetValue(matrix), day);
                context.Out.WriteLine($"已写入：{path}（{documents.Count} 件文件）");
                return ExitCodes.Ok;
            }
            switch (parse.GetValue(format), parse.GetValue(matrix))
            {
                case ("json", true):
                    JsonOutput.Write(context.Out, MatrixReport.From(table, day));
                    break;
                case ("json", false):
                    JsonOutput.Write(context.Out, RequirementsReport.From(documents, day));
                    break;
                case ("md", _):
                    MatrixMarkdownWriter.Write(table, context.Out);
                    break;
                case (_, true):
                    MatrixTextWriter.Write(table, context.Out);
                    break;
                default:
                    RequirementsTextWriter.Write(documents, context.Out);
                    break;
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Save(string path, IReadOnlyList<DocumentRequirements> documents, RequirementMatrix table, bool matrix, DateOnly day)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".json" or ".md" or ".docx"))
        {
            throw new CqoDocsException("--out 应为 .json、.md 或 .docx 文件", path, field: "--out");
        }
        ReportOutputGuard.EnsureReplaceable(path);
        switch (extension)
        {
            case ".docx":
                MatrixDocxWriter.Write(table, path);
                break;
            case ".md":
                var markdown = new StringWriter();
                MatrixMarkdownWriter.Write(table, markdown);
                markdown.WriteLine(ReportOutputGuard.MarkdownMark);
                AtomicFile.WriteAllText(path, markdown.ToString());
                break;
            default:
                object report = matrix ? MatrixReport.From(table, day) : RequirementsReport.From(documents, day);
                AtomicFile.WriteAllText(path, JsonSerializer.Serialize(report, JsonOutput.Options) + "\n");
                break;
        }
    }
}
