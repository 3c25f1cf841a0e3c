using System.CommandLine;
using CqoDocs.Cli.Output;
using CqoDocs.Search.Index;

namespace CqoDocs.Cli.Commands;

/// <summary>cqodocs index [--rebuild]: checks the index (deeply) and builds it when needed or asked.</summary>
internal static class IndexCommand
{
    public static Command Create(CliContext context)
    {
        var rebuild = new Option<bool>("--rebuild") { Description = "无论索引是否最新都重新建立" };
        var check = new Option<bool>("--check") { Description = "只检查语料库：列出每个读不了的文件及其行号，有问题时退出码为 1" };
        var corpus = CommonOptions.Corpus();
        var index = IndexOptions.IndexFile();
        var json = CommonOptions.Json();
        var command = new Command("index", "建立或检查全文索引（语料库变化时搜索会自动重建）") { rebuild, check, corpus, index, json };
        command.SetAction(parse => context.Guard(() =>
        {
            if (parse.GetValue(check)) return Check(context, parse.GetValue(corpus));
            var store = IndexOptions.Store(context, parse.GetValue(corpus), parse.GetValue(index));
            if (!parse.GetValue(rebuild))
            {
                var inspection = store.Inspect(deep: true);
                if (inspection.IsFresh)
                {
                    using var open = store.OpenFresh();
                    context.ReportProblems(store.Source.Problems());
                    if (parse.GetValue(json)) JsonOutput.Write(context.Out, new IndexJson("fresh", store.Path, open.DocumentCount, open.UnitCount, null));
                    else context.Out.WriteLine($"索引是最新的：{open.DocumentCount} 件文件，{open.UnitCount} 个条目（{store.Path}）");
                    return ExitCodes.Ok;
                }
                store.EnsureReplaceable();
                if (inspection.State != IndexState.Missing) context.Error.WriteLine($"cqodocs: {inspection.Reason}，重新建立索引");
            }
            var result = IndexProgressBar.Run(context, store.Rebuild);
            context.ReportProblems(store.Source.Problems());
            if (parse.GetValue(json)) JsonOutput.Write(context.Out, new IndexJson("built", result.Path, result.Documents, result.Units, Math.Round(result.Elapsed.TotalSeconds, 3)));
            else context.Out.WriteLine($"已建立索引：{result.Documents} 件文件，{result.Units} 个条目，用时 {result.Elapsed.TotalSeconds:0.0} 秒（{result.Path}）");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Every file of the corpus that cannot be read, one line each on stdout; exit 1 when there is any.</summary>
    private static int Check(CliContext context, string? corpus)
    {
        var set = context.LoadCorpus(corpus, reportProblems: false);
        foreach (var problem in set.Problems) context.Out.WriteLine(problem.OneLine());
        if (set.Problems.Count == 0)
        {
            context.Out.WriteLine($"语料库没有问题：{set.Documents.Count} 件文件（{set.Origin}）");
            return ExitCodes.Ok;
        }
        context.Error.WriteLine($"cqodocs: 语料库有 {set.Problems.Count} 个文件读不了（{set.Origin}），其余 {set.Documents.Count} 件可用");
        return ExitCodes.BadInput;
    }
}
