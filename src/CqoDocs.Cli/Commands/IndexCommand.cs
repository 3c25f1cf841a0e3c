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
        var corpus = CommonOptions.Corpus();
        var index = IndexOptions.IndexFile();
        var json = CommonOptions.Json();
        var command = new Command("index", "建立或检查全文索引（语料库变化时搜索会自动重建）") { rebuild, corpus, index, json };
        command.SetAction(parse => context.Guard(() =>
        {
            var store = IndexOptions.Store(context, parse.GetValue(corpus), parse.GetValue(index));
            if (!parse.GetValue(rebuild))
            {
                var inspection = store.Inspect(deep: true);
                if (inspection.IsFresh)
                {
                    using var open = store.OpenFresh();
                    if (parse.GetValue(json)) JsonOutput.Write(context.Out, new IndexJson("fresh", store.Path, open.DocumentCount, open.UnitCount, null));
                    else context.Out.WriteLine($"索引是最新的：{open.DocumentCount} 件文件，{open.UnitCount} 个条目（{store.Path}）");
                    return ExitCodes.Ok;
                }
                if (inspection.State != IndexState.Missing) context.Error.WriteLine($"cqodocs: {inspection.Reason}，重新建立索引");
            }
            var result = IndexProgressBar.Run(context, store.Rebuild);
            if (parse.GetValue(json)) JsonOutput.Write(context.Out, new IndexJson("built", result.Path, result.Documents, result.Units, Math.Round(result.Elapsed.TotalSeconds, 3)));
            else context.Out.WriteLine($"已建立索引：{result.Documents} 件文件，{result.Units} 个条目，用时 {result.Elapsed.TotalSeconds:0.0} 秒（{result.Path}）");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
