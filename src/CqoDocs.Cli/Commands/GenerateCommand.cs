using System.CommandLine;
using CqoDocs.Cli.Output;
using CqoDocs.Core;
using CqoDocs.Core.IO;
using CqoDocs.Core.Templates;
using CqoDocs.Core.Templates.Precedents;

namespace CqoDocs.Cli.Commands;

/// <summary>cqodocs generate TEMPLATE --data FILE --out FILE.docx [--from ID|REGION]: fills a Word template.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var template = new Argument<string>("TEMPLATE") { Description = $"内置模板名（{string.Join("、", BundledTemplates.Names)}）或 .docx 模板文件的路径" };
        var data = new Option<string?>("--data")
        {
            Description = "数据文件（YAML 或 JSON）；顶层是列表时每项生成一份文档。内置模板省略时用它的示例数据",
            HelpName = "FILE",
        };
        var output = new Option<string?>("--out")
        {
            Description = "输出的 .docx 文件；数据是列表时为输出文件夹（默认：当前文件夹下的 模板名.docx 或 模板名/）",
            HelpName = "FILE|DIR",
        };
        var from = new Option<string?>("--from")
        {
            Description = "按先例文件填写职责、权限、任职条件和聘期：文件编号，或地区名（取该地区最新的规定）",
            HelpName = "ID|REGION",
        };
        var nameBy = new Option<string?>("--name-by")
        {
            Description = "批量生成时用哪个字段的值作文件名（如 受聘人.姓名；默认按序号）",
            HelpName = "FIELD",
        };
        var corpus = CommonOptions.Corpus();
        var command = new Command("generate", "用模板和数据生成 Word 文档（实施通知、聘书、岗位说明书）")
        {
            template, data, output, from, nameBy, corpus,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var name = parse.GetValue(template)!;
            var docx = BundledTemplates.Resolve(name, context.WorkingDirectory);
            var (entries, isList) = LoadData(context, name, parse.GetValue(data));

            if (parse.GetValue(from) is { } precedentName)
            {
                var precedent = PrecedentExtractor.Extract(PrecedentSelector.Select(context.LoadCorpus(parse.GetValue(corpus)).Documents, precedentName));
                context.Error.WriteLine($"先例：{Core.Model.Citation.Of(precedent.Document)}（{precedent.Document.Id}）");
                var used = docx.Outline.Entries.Select(e => e.Name).ToHashSet();
                var filled = entries.Select(e => PrecedentFiller.Fill(e, precedent)).ToList();
                foreach (var (key, note) in filled[0].Notes.Where(n => used.Contains(n.Key))) context.Error.WriteLine("  " + note);
                entries = filled.Select(r => r.Data).ToList();
            }

            var stem = Path.GetFileNameWithoutExtension(docx.Name);
            if (!isList)
            {
                var target = context.ResolvePath(parse.GetValue(output) ?? stem + ".docx");
                if (Directory.Exists(target)) target = Path.Combine(target, stem + ".docx");
                var bytes = docx.Render(entries[0], TitleWords);
                Writing(target, () => AtomicFile.Write(target, s => s.Write(bytes)));
                context.Out.WriteLine($"已生成 {target}");
                return ExitCodes.Ok;
            }

            var folder = context.ResolvePath(parse.GetValue(output) ?? stem);
            if (File.Exists(folder) || !Directory.Exists(folder) && Path.GetExtension(folder).Equals(".docx", StringComparison.OrdinalIgnoreCase))
            {
                throw new CqoDocsException($"数据有 {entries.Count} 项，每项生成一份文档：--out 应当是文件夹", file: folder);
            }
            var written = Writing(folder, () => GenerateProgress.Run(context, entries.Count, report =>
                TemplateBatch.Write(docx, entries, folder, parse.GetValue(nameBy), report)));
            context.Out.WriteLine($"已生成 {written.Count} 份文档，在 {folder}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static readonly Lazy<Search.Segmentation.Segmenter> Segmenter = new(() => new Search.Segmentation.SegmenterBuilder().AddDomainLexicon().Build());

    /// <summary>Titles break between words of the index's own segmenter (with the domain lexicon: 首席质量官 stays whole).</summary>
    private static readonly WordSplitter TitleWords = text => Segmenter.Value.Cut(text).Select(t => t.Text).ToList();

    /// <summary>A disk that refuses the output is the user's to fix: one line, not a stack trace.</summary>
    private static T Writing<T>(string target, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CqoDocsException($"写不了输出：{e.Message}", file: target, inner: e);
        }
    }

    private static void Writing(string target, Action write) => Writing(target, () =>
    {
        write();
        return 0;
    });

    /// <summary>The data entries and whether the file held a list; a bundled template falls back to its example.</summary>
    private static DataFile.Contents LoadData(CliContext context, string templateName, string? path)
    {
        if (path is not null)
        {
            var full = context.ResolvePath(path);
            if (!File.Exists(full)) throw new CqoDocsException("数据文件不存在", file: full);
            return DataFile.Load(full);
        }
        var example = BundledTemplates.Exists(templateName) ? BundledTemplates.ExampleYaml(templateName) : null;
        if (example is null) throw new CqoDocsException("请用 --data 指定数据文件（YAML 或 JSON）", field: "--data");
        context.Error.WriteLine($"未指定 --data，使用内置示例数据 templates/examples/{templateName}.yaml");
        var exampleRoot = DataFile.ParseYaml(example, $"templates/examples/{templateName}.yaml");
        return new DataFile.Contents(DataFile.Entries(exampleRoot, templateName), IsList: false);
    }
}
