using System.CommandLine;
using CqoDocs.Cli.Output;
using CqoDocs.Core;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using CqoDocs.Search.Query;

namespace CqoDocs.Cli.Commands;

/// <summary>
/// cqodocs search QUERY: ranked units from every region, in either script, with the matched words marked
/// and a citation ready to paste. Bad filter values exit 1 with one line; a query with nothing to look
/// for exits 1 too; a query that finds nothing exits 0.
/// </summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string[]>("QUERY") { Description = "要查找的词语，简体或繁体均可（多个词时同时包含全部词语的条目排在前面）", Arity = ArgumentArity.OneOrMore };
        var topics = new Option<string[]>("--topic") { Description = "只看某主题的条目：职责、任职条件…或 duties、qualifications…（可重复）", HelpName = "T", AllowMultipleArgumentsPerToken = false };
        var region = new Option<string?>("--region") { Description = "只看某地区的文件，如 清远、广东省", HelpName = "R" };
        var since = new Option<int?>("--since") { Description = "只看该年及以后的文件", HelpName = "YEAR" };
        var until = new Option<int?>("--until") { Description = "只看该年及以前的文件", HelpName = "YEAR" };
        var kind = new Option<string?>("--kind") { Description = "只看某类文件：notice、opinion、measures、plan、standard、news，或 通知、实施意见、管理办法…", HelpName = "K" };
        var inForce = CommonOptions.InForce();
        var asOf = CommonOptions.AsOf();
        var limit = new Option<int>("--limit") { Description = "最多显示多少条（默认 10）", HelpName = "N", DefaultValueFactory = _ => 10 };
        var json = CommonOptions.Json();
        var corpus = CommonOptions.Corpus();
        var index = IndexOptions.IndexFile();
        var command = new Command("search", "在各地文件中查找条目，按相关度排序，附引用格式")
        {
            query, topics, region, since, until, kind, inForce, asOf, limit, json, corpus, index,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            SearchWarmUp.Start();
            var request = new SearchRequest(string.Join(' ', parse.GetValue(query) ?? []))
            {
                Topics = (parse.GetValue(topics) ?? []).Select(t => FilterNames.Topic(t, "--topic")).Distinct().ToList(),
                Region = parse.GetValue(region),
                Since = parse.GetValue(since),
                Until = parse.GetValue(until),
                Kind = Kind(parse.GetValue(kind)),
                InForce = parse.GetValue(inForce),
                AsOf = RequirementSelection.Day(parse.GetValue(asOf)),
                Limit = parse.GetValue(limit),
            };
            if (request.Limit <= 0) throw new CqoDocsException("--limit 应为正整数", field: "--limit");
            if (request.Since > request.Until) throw new CqoDocsException($"--since {request.Since} 晚于 --until {request.Until}", field: "--since");

            var store = IndexOptions.Store(context, parse.GetValue(corpus), parse.GetValue(index));
            store.Rebuilding += inspection => context.Error.WriteLine($"cqodocs: {inspection.Reason}，正在建立索引…");
            store.Refreshing += JitProfile.Stop;
            var result = new IndexedSearch(store, () => StandardAnalyzer.Shared).Search(request);
            context.ReportProblems(store.Source.Problems());
            if (result.NothingToSearch)
            {
                context.Error.WriteLine($"cqodocs: 查询“{request.Text}”中没有可查找的词语（标点、运算符和“的、和”等虚词不参与查找）");
                return ExitCodes.BadInput;
            }
            if (parse.GetValue(json)) JsonOutput.Write(context.Out, SearchJson.From(result));
            else SearchResultWriter.Write(context, result);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static DocumentKind? Kind(string? name) => string.IsNullOrWhiteSpace(name) ? null : FilterNames.Kind(name);
}
