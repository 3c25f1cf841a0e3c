using System.CommandLine;
using System.Diagnostics;
using CqoDocs.Cli.Output;
using CqoDocs.Core;
using CqoDocs.Core.IO;
using CqoDocs.Core.Templates;
using CqoDocs.Core.Templates.Precedents;

namespace CqoDocs.Cli.Commands;

/// <summary>cqodocs generate TEMPLATE --data FILE --out FILE.docx|FILE.pdf [--from ID|REGION]: fills a Word template.</summary>
internal static class GenerateCommand
{
    private static readonly string[] Formats = ["docx", "pdf"];

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
            Description = "输出的 .docx 或 .pdf 文件（PDF 经 LibreOffice 转换）；数据是列表时为输出文件夹（默认：当前文件夹下的 模板名.docx 或 模板名/）",
            HelpName = "FILE|DIR",
        };
        output.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            var extension = value is null ? "" : Path.GetExtension(value).TrimStart('.').ToLowerInvariant();
            if (extension.Length > 0 && !Formats.Contains(extension) && !value!.EndsWith(Path.DirectorySeparatorChar))
            {
                result.AddError($"--out：不能写 .{extension} 文件，只能输出 .docx 或 .pdf（数据是列表时给文件夹）");
            }
        });
        var format = new Option<string?>("--format")
        {
            Description = "批量生成时每份文档的格式：docx（默认）或 pdf（经 LibreOffice 转换）",
            HelpName = "docx|pdf",
        };
        format.AcceptOnlyFromAmong(Formats);
        var from = new Option<string?>("--from")
        {
            Description = "按先例文件填写职责、权限、任职条件和聘期：文件编号，或地区名（取该地区最新的规定）。先例的条款加在数据原有条目之后",
            HelpName = "ID|REGION",
        };
        var replace = new Option<bool>("--replace")
        {
            Description = "与 --from 同用：先例的条款替换数据中原有的职责、权限、任职条件，而不是加在后面",
        };
        var nameBy = new Option<string?>("--name-by")
        {
            Description = "批量生成时用哪个字段的值作文件名（如 受聘人.姓名；默认按序号）",
            HelpName = "FIELD",
        };
        var combine = new Option<bool>("--combine")
        {
            Description = "批量生成时合成一个文件（每份另起一页、页码从 1 起），便于打印；--out 为 .docx 或 .pdf 文件",
        };
        var skipInvalid = new Option<bool>("--skip-invalid")
        {
            Description = "数据有问题的项跳过不写，其余照常生成（默认：有任何问题就什么也不写）",
        };
        var corpus = CommonOptions.Corpus();
        var command = new Command("generate", "用模板和数据生成 Word 或 PDF 文档（实施通知、聘书、岗位说明书）")
        {
            template, data, output, format, from, replace, nameBy, combine, skipInvalid, corpus,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var name = parse.GetValue(template)!;
            var docx = BundledTemplates.Resolve(name, context.WorkingDirectory);
            var dataPath = parse.GetValue(data) is { } d ? context.ResolvePath(d) : null;
            var (entries, isList) = LoadData(context, name, dataPath);
            var source = dataPath ?? $"templates/examples/{name}.yaml";

            if (parse.GetValue(from) is { } precedentName)
            {
                entries = FillFromPrecedent(context, docx, entries, precedentName, parse.GetValue(corpus), parse.GetValue(replace));
            }

            var inputs = new Dictionary<string, string>();
            if (dataPath is not null) inputs[dataPath] = "数据文件";
            if (!BundledTemplates.Exists(name)) inputs[context.ResolvePath(name)] = "模板";
            var run = new Run(context, docx, source, inputs, parse.GetValue(skipInvalid));
            var outPath = parse.GetValue(output);
            var stem = Path.GetFileNameWithoutExtension(docx.Name);

            if (!isList || parse.GetValue(combine))
            {
                var target = SingleTarget(context, outPath, stem, parse.GetValue(format));
                return isList ? run.Combined(entries, target) : run.Single(entries[0], target);
            }
            if (outPath is not null && Formats.Contains(Path.GetExtension(outPath).TrimStart('.').ToLowerInvariant()))
            {
                throw new CqoDocsException($"数据有 {entries.Count} 项，每项生成一份文档：--out 应当是文件夹（要合成一个文件请加 --combine）", file: outPath, field: "--out");
            }
            var folder = context.ResolvePath(outPath ?? stem);
            if (File.Exists(folder)) throw new CqoDocsException($"数据有 {entries.Count} 项，每项生成一份文档：--out 应当是文件夹", file: folder, field: "--out");
            return run.Batch(entries, folder, parse.GetValue(nameBy), parse.GetValue(format) == "pdf");
        }));
        return command;
    }

    /// <summary>The output file: --out as given, inside --out when it is a folder, else TEMPLATE.docx (or .pdf).</summary>
    private static string SingleTarget(CliContext context, string? outPath, string stem, string? format)
    {
        var extension = "." + (format ?? "docx");
        if (outPath is null) return context.ResolvePath(stem + extension);
        var target = context.ResolvePath(outPath);
        if (Directory.Exists(target) || Path.GetExtension(target).Length == 0) return Path.Combine(target, stem + extension);
        if (format is not null && !Path.GetExtension(target).Equals(extension, StringComparison.OrdinalIgnoreCase))
        {
            throw new CqoDocsException($"--out 的扩展名与 --format {format} 不一致", file: outPath, field: "--out");
        }
        return target;
    }

    private static IReadOnlyList<IReadOnlyDictionary<string, object?>> FillFromPrecedent(CliContext context, DocxTemplate docx,
        IReadOnlyList<IReadOnlyDictionary<string, object?>> entries, string precedentName, string? corpus, bool replace)
    {
        var fill = PrecedentFill.Apply(docx.Outline, entries, context.LoadCorpus(corpus).Documents, precedentName, replace);
        context.Error.WriteLine($"先例：{Core.Model.Citation.Of(fill.Precedent)}（{fill.Precedent.Id}）");
        foreach (var note in fill.Notes) context.Error.WriteLine("  " + note);
        if (entries.Count > 1 && fill.Changed) context.Error.WriteLine($"  （{entries.Count} 项数据都按上面的方式填写）");
        return fill.Entries;
    }

    /// <summary>Titles break between words of the index's own segmenter (with the domain lexicon: 首席质量官 stays whole).</summary>
    private static readonly WordSplitter TitleWords = Search.Segmentation.TitleWords.Split;

    /// <summary>One generate run: where its problems are reported and which files it may not overwrite.</summary>
    private sealed class Run(CliContext context, DocxTemplate docx, string source, IReadOnlyDictionary<string, string> inputs, bool skipInvalid)
    {
        public int Single(IReadOnlyDictionary<string, object?> entry, string target)
        {
            GeneratedOutputGuard.Check(target, inputs);
            var problems = DataChecker.Check(docx.Outline, entry);
            if (problems.Count > 0) return Refuse(problems.Select(p => p.ToString()).ToList(), "没有写出文件");
            var bytes = docx.Render(entry, TitleWords);
            Deliver(target, stream => stream.Write(bytes));
            context.Out.WriteLine($"已生成 {target}");
            return ExitCodes.Ok;
        }

        public int Combined(IReadOnlyList<IReadOnlyDictionary<string, object?>> entries, string target)
        {
            GeneratedOutputGuard.Check(target, inputs);
            var problems = entries.SelectMany((e, i) => DataChecker.Check(docx.Outline, e).Select(p => new EntryProblem(i + 1, null, p))).ToList();
            var good = entries.Where((e, i) => problems.All(p => p.Entry != i + 1)).ToList();
            if (problems.Count > 0 && (!skipInvalid || good.Count == 0)) return Refuse(problems.Select(p => p.ToString()).ToList(), "没有写出文件");
            Report(problems);
            var clock = Stopwatch.StartNew();
            GenerateProgress.Run(context, good.Count, report =>
            {
                Deliver(target, stream => docx.RenderCombined(good, stream, TitleWords, report));
                return 0;
            });
            context.Out.WriteLine($"已生成 {target}：{good.Count} 份文档合成一个文件（{clock.Elapsed.TotalSeconds:F1} 秒）{Skipped(problems)}");
            return problems.Count > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        }

        public int Batch(IReadOnlyList<IReadOnlyDictionary<string, object?>> entries, string folder, string? nameBy, bool pdf)
        {
            var clock = Stopwatch.StartNew();
            var soffice = pdf ? PdfConverter.Locate(Environment.GetEnvironmentVariable("CQODOCS_SOFFICE")) ?? throw PdfConverter.NotInstalled() : null;
            var extension = pdf ? ".pdf" : ".docx";
            void Accept(string docxTarget) => GeneratedOutputGuard.Check(Path.ChangeExtension(docxTarget, extension), inputs);
            var staging = pdf ? Directory.CreateTempSubdirectory("cqodocs-batch-").FullName : folder;
            try
            {
                var result = Writing(folder, () => OutputFolder.Around(staging, () => GenerateProgress.Run(context, entries.Count, report =>
                    TemplateBatch.Write(docx, entries, staging, nameBy, skipInvalid, TitleWords, report, Accept)), r => r.Written.Count > 0));
                if (result.Problems.Count > 0 && (!skipInvalid || result.Written.Count == 0))
                {
                    var bad = result.Problems.Select(p => p.Entry).Distinct().Count();
                    return Refuse(result.Problems.Select(p => p.ToString()).ToList(), $"{entries.Count} 项中有 {bad} 项有问题，没有写出任何文件");
                }
                Report(result.Problems);
                var written = result.Written;
                if (soffice is not null)
                {
                    var pdfs = PdfConverter.Convert(soffice, written, staging);
                    var targets = pdfs.Select(p => (p, Path.Combine(folder, Path.GetFileName(p)))).ToList();
                    Writing(folder, () => OutputFolder.Around(folder, () => TemplateBatch.MoveAll(targets)));
                    written = targets.Select(t => t.Item2).ToList();
                }
                context.Out.WriteLine($"已生成 {written.Count} 份文档，在 {folder}（{clock.Elapsed.TotalSeconds:F1} 秒）{Skipped(result.Problems)}");
                return result.Problems.Count > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
            }
            finally
            {
                if (pdf) TryDeleteFolder(staging);
            }
        }

        /// <summary>Writes a .docx into place, or prints it to PDF first when the target ends in .pdf.</summary>
        private void Deliver(string target, Action<Stream> writeDocx)
        {
            if (!Path.GetExtension(target).Equals(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                Writing(target, () => OutputFolder.Around(Path.GetDirectoryName(target)!, () => AtomicFile.Write(target, writeDocx)));
                return;
            }
            var soffice = PdfConverter.Locate(Environment.GetEnvironmentVariable("CQODOCS_SOFFICE")) ?? throw PdfConverter.NotInstalled();
            var staging = Directory.CreateTempSubdirectory("cqodocs-pdf-").FullName;
            try
            {
                var document = Path.Combine(staging, Path.GetFileNameWithoutExtension(target) + ".docx");
                using (var stream = File.Create(document)) writeDocx(stream);
                var pdf = PdfConverter.Convert(soffice, [document], staging).Single();
                Writing(target, () => OutputFolder.Around(Path.GetDirectoryName(target)!, () => TemplateBatch.MoveAll([(pdf, target)])));
            }
            finally
            {
                TryDeleteFolder(staging);
            }
        }

        /// <summary>Every problem on its own line, then what happened; exit code 1.</summary>
        private int Refuse(IReadOnlyList<string> problems, string outcome)
        {
            foreach (var p in problems) context.Error.WriteLine($"cqodocs: {source}: {p}");
            context.Error.WriteLine($"cqodocs: {source}: 数据有 {problems.Count} 处问题，{outcome}" + (skipInvalid ? "" : "（批量生成时可加 --skip-invalid 跳过有问题的项）"));
            return ExitCodes.BadInput;
        }

        private void Report(IReadOnlyList<EntryProblem> problems)
        {
            foreach (var p in problems) context.Error.WriteLine($"cqodocs: {source}: {p}（已跳过）");
        }

        private static string Skipped(IReadOnlyList<EntryProblem> problems) =>
            problems.Count == 0 ? "" : $"；跳过有问题的 {problems.Select(p => p.Entry).Distinct().Count()} 项";
    }

    private static void TryDeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

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
            if (!File.Exists(path)) throw new CqoDocsException("数据文件不存在", file: path);
            return DataFile.Load(path);
        }
        var example = BundledTemplates.Exists(templateName) ? BundledTemplates.ExampleYaml(templateName) : null;
        if (example is null) throw new CqoDocsException("请用 --data 指定数据文件（YAML 或 JSON）", field: "--data");
        context.Error.WriteLine($"未指定 --data，使用内置示例数据 templates/examples/{templateName}.yaml");
        var exampleRoot = DataFile.ParseYaml(example, $"templates/examples/{templateName}.yaml");
        return new DataFile.Contents(DataFile.Entries(exampleRoot, templateName), IsList: false);
    }
}
