using System.Diagnostics;
using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using CqoDocs.Search.Query;

namespace CqoDocs.Bench;

/// <summary>
/// Query latency over the generated corpus: a mix of 1–3-word queries (both scripts), top 10, index open.
/// Targets: p50 &lt; 0.5 ms, p99 &lt; 5 ms.
/// </summary>
public sealed class SearchLatencyScenario : IScenario
{
    /// <summary>Words drafters look for, as they would type them; a few in Traditional.</summary>
    private static readonly string[] Words =
    [
        "首席质量官", "任职条件", "职责", "一票否决", "质量安全", "继续教育", "培训", "考核", "聘任", "学历",
        "工作经历", "表彰", "奖励", "解除聘任", "法律责任", "质量管理体系", "备案", "人才库", "履职报告", "评价",
        "质量奖", "企业", "标准化", "品牌", "质量事故", "监督检查", "职业操守", "保守秘密", "激励", "覆盖率",
        "任職條件", "職責", "質量安全", "繼續教育", "聘書", "质量发展", "规模以上", "中小企业", "专业技术职称", "否决权",
    ];

    public string Name => "search-latency";
    public string Description => "查询延迟 p50/p99：生成语料上 1–3 个词的查询取前 10 条 [--units N] [--queries N] [--index FILE] [--slowest N] [--query Q]";

    public int Run(string[] args, TextWriter output)
    {
        var count = IndexBenchCorpus.IntOption(args, "--queries", 3000);
        var analyzer = StandardAnalyzer.Create();
        var i = Array.IndexOf(args, "--index");
        var path = i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var temporary = path is null;
        if (path is null)
        {
            path = Path.Combine(Path.GetTempPath(), $"cqodocs-bench-{Guid.NewGuid():N}.sqlite");
            var corpus = IndexBenchCorpus.Stream(IndexBenchCorpus.Source(args), IndexBenchCorpus.IntOption(args, "--units", 50_000));
            new IndexBuilder(analyzer).Build(corpus, "bench", path);
        }
        try
        {
            var random = new Random(7);
            var queries = Enumerable.Range(0, count).Select(_ =>
                string.Join(' ', Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Words[random.Next(Words.Length)]))).ToList();
            // --query Q: that one query, over and over (to profile it).
            if (Array.IndexOf(args, "--query") is var qi and >= 0 && qi + 1 < args.Length) queries = Enumerable.Repeat(args[qi + 1], count).ToList();
            using var index = SearchIndex.Open(path);
            var searcher = new UnitSearcher(index, analyzer);
            foreach (var q in queries.Take(200)) searcher.Search(new SearchRequest(q) { CountTotal = false });

            Report(output, "top-10", queries, q => searcher.Search(new SearchRequest(q) { CountTotal = false }), IndexBenchCorpus.IntOption(args, "--slowest", 0));
            Report(output, "top-10 + total", queries.Take(count / 3).ToList(), q => searcher.Search(new SearchRequest(q)));
            var ranker = new PostingsRanker(index, RankingWeights.Default);
            var parsed = queries.Distinct().ToDictionary(q => q, q => QueryParser.Parse(q, analyzer));
            Report(output, "ranking only, top 15 + total", queries.Take(count / 10).ToList(),
                q => ranker.Rank(parsed[q], SearchFilter.For(new SearchRequest(q), index), 15, countTotal: true));
            foreach (var (what, filter) in Filters(index))
            {
                var filtered = queries.Take(count / 10).ToList();
                foreach (var q in filtered.Take(20)) searcher.Search(filter(new SearchRequest(q)));
                Report(output, $"top-10 + total, {what}", filtered, q => searcher.Search(filter(new SearchRequest(q))));
                // The ranker alone, without reading and checking the hits' text: what the filter itself costs.
                Report(output, $"ranking only, {what}", filtered,
                    q => ranker.Rank(parsed[q], SearchFilter.For(filter(new SearchRequest(q)), index), 15, countTotal: true));
            }
            var facets = new FacetCounter(index, analyzer);
            Report(output, "facet counts", queries.Take(count / 10).ToList(), q => facets.Count(new SearchRequest(q)));
            Report(output, "facet counts, --topic", queries.Take(count / 10).ToList(), q => facets.Count(new SearchRequest(q) { Topics = [Topic.Duties] }));
            output.WriteLine($"index: {index.UnitCount} units; machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        }
        finally
        {
            if (temporary) File.Delete(path);
        }
        return 0;
    }

    /// <summary>
    /// One request shape per filter and two combinations, their values taken from the index (the most common
    /// province, kind and topic; the middle years) so that any generated corpus has them.
    /// </summary>
    private static List<(string What, Func<SearchRequest, SearchRequest> Filter)> Filters(SearchIndex index)
    {
        var documents = index.Documents.Values.Select(d => d.Document).ToList();
        var province = documents.Select(d => d.Region.Province).OfType<string>().GroupBy(p => p).MaxBy(g => g.Count())?.Key;
        var kind = documents.GroupBy(d => d.Kind).MaxBy(g => g.Count())!.Key;
        var years = documents.Select(d => d.Date?.Year).OfType<int>().Order().ToList();
        var (since, until) = years.Count > 0 ? (years[years.Count / 4], years[years.Count * 3 / 4]) : (2000, 2030);
        var topic = Topic.Duties;
        var shapes = new List<(string, Func<SearchRequest, SearchRequest>)>
        {
            ("--topic", r => r with { Topics = [topic] }),
            ("--kind", r => r with { Kind = kind }),
            ($"--since {since} --until {until}", r => r with { Since = since, Until = until }),
        };
        if (province is not null)
        {
            shapes.Add(("--region", r => r with { Region = province }));
            shapes.Add(("--topic --region --since", r => r with { Topics = [topic], Region = province, Since = since }));
        }
        shapes.Add(("--topic --kind", r => r with { Topics = [topic], Kind = kind }));
        return shapes;
    }

    /// <param name="slowest">How many of the slowest queries to list, with their times.</param>
    private static void Report(TextWriter output, string what, IReadOnlyList<string> queries, Action<string> run, int slowest = 0)
    {
        var times = new double[queries.Count];
        var watch = new Stopwatch();
        for (var q = 0; q < queries.Count; q++)
        {
            watch.Restart();
            run(queries[q]);
            times[q] = watch.Elapsed.TotalMilliseconds;
        }
        foreach (var (q, t) in queries.Zip(times).OrderByDescending(p => p.Second).DistinctBy(p => p.First).Take(slowest))
        {
            output.WriteLine($"  {t,8:0.000} ms  {q}");
        }
        Array.Sort(times);
        double P(double p) => times[Math.Min(times.Length - 1, (int)(p * times.Length))];
        output.WriteLine($"{what}: {queries.Count} queries, p50 {P(0.50):0.000} ms, p90 {P(0.90):0.000} ms, p99 {P(0.99):0.000} ms, max {times[^1]:0.0} ms, mean {times.Average():0.000} ms");
    }
}
