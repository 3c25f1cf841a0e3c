using System.Diagnostics;
using System.Globalization;
using System.Text;
using CqoDocs.Core.Corpus;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using CqoDocs.Search.Query;

namespace CqoDocs.Bench;

/// <summary>
/// The Lucene peer's workload run on CqoDocs (<see cref="PeerWorkload"/>): the same units, metadata, queries,
/// filter variants, warm-up and percentiles, printed as JSON lines with the peer's fields, so that the output
/// of both can be read side by side. Levels: <c>search</c> = parse + the ranker's top 10 row ids;
/// <c>search+fetch</c> = a whole search as the CLI makes it (top 10 read, checked, highlighted);
/// <c>facets</c> = the query's counts per topic, province, year and kind.
/// </summary>
public sealed class PeerScenario : IScenario
{
    public string Name => "peer";

    public string Description =>
        "与 Lucene 对照（shared bench 的 peer 工作负载）[CORPUS] [NUNITS] [CHUNK] --queries FILE [--keep FILE | --index FILE] [--runs N] [--fruns N] [--builds N] [--variants a,b] [--slowest N]";

    private static readonly string Impl = $"CqoDocs (jieba port + own postings and BM25 in SQLite), .NET {Environment.Version}";

    public int Run(string[] args, TextWriter output)
    {
        var positional = Positional(args);
        var corpus = positional.ElementAtOrDefault(0) ?? Environment.GetEnvironmentVariable("CQODOCS_BENCH_CORPUS") ?? "/tmp/bench_corpus.txt";
        var units = positional.Count > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 50_000;
        var chunk = positional.Count > 2 ? int.Parse(positional[2], CultureInfo.InvariantCulture) : 300;
        var queriesFile = Option(args, "--queries") ?? Environment.GetEnvironmentVariable("CQODOCS_PEER_QUERIES");
        var existing = Option(args, "--index");
        var keep = Option(args, "--keep");
        var variants = (Option(args, "--variants") ?? Environment.GetEnvironmentVariable("VARIANTS"))?.Split(',', StringSplitOptions.RemoveEmptyEntries);

        var watch = Stopwatch.StartNew();
        var analyzer = StandardAnalyzer.Create();
        analyzer.Analyze("首席质量官制度实施意见");
        var load = watch.Elapsed.TotalSeconds;

        var path = existing ?? keep ?? Path.Combine(Path.GetTempPath(), $"cqodocs-peer-{Guid.NewGuid():N}.sqlite");
        try
        {
            if (existing is null)
            {
                if (!File.Exists(corpus))
                {
                    Console.Error.WriteLine($"cqodocs-bench: {corpus}: 没有这个文件（先运行 shared bench 的 corpus/make_corpus.sh）");
                    return 1;
                }
                Build(output, corpus, units, chunk, IndexBenchCorpus.IntOption(args, "--builds", 1), analyzer, load, path);
            }
            if (queriesFile is null)
            {
                if (existing is null) return 0;
                Console.Error.WriteLine("cqodocs-bench: peer: 缺少查询文件（--queries FILE 或 CQODOCS_PEER_QUERIES）");
                return 2;
            }
            if (!File.Exists(queriesFile))
            {
                Console.Error.WriteLine($"cqodocs-bench: {queriesFile}: 没有这个文件");
                return 1;
            }
            var queries = File.ReadAllLines(queriesFile, Encoding.UTF8).Where(q => q.Length > 0).ToList();
            Query(output, path, queries, analyzer, load, IndexBenchCorpus.IntOption(args, "--runs", 5),
                IndexBenchCorpus.IntOption(args, "--fruns", 1), variants, IndexBenchCorpus.IntOption(args, "--slowest", 0));
            return 0;
        }
        finally
        {
            if (existing is null && keep is null) File.Delete(path);
        }
    }

    private static void Build(TextWriter output, string corpus, int units, int chunk, int builds, Analyzer analyzer, double load, string path)
    {
        var text = File.ReadAllText(corpus, Encoding.UTF8);
        var bytes = PeerWorkload.Chunks(text, units, chunk).Sum(c => (long)Encoding.UTF8.GetByteCount(c));
        var documents = CorpusStream.Of(() => PeerWorkload.Documents(PeerWorkload.Chunks(text, units, chunk)),
            (units + PeerWorkload.UnitsPerDocument - 1) / PeerWorkload.UnitsPerDocument, units, "peer");
        var seconds = new double[builds];
        for (var b = 0; b < builds; b++)
        {
            var watch = Stopwatch.StartNew();
            new IndexBuilder(analyzer).Build(documents, "peer", path);
            seconds[b] = watch.Elapsed.TotalSeconds;
        }
        var sorted = seconds.Order().ToArray();
        output.WriteLine(Json(
            ("peer", "cqodocs-index"), ("impl", Impl), ("units", units), ("chunk_chars", chunk), ("doc_bytes", bytes),
            ("dict_load_s", R(load, 4)), ("index_builds", builds), ("index_build_s", Arr(seconds, 3)),
            ("index_build_s_min", R(sorted[0], 3)), ("index_build_s_median", R(Median(seconds), 3)), ("index_build_s_max", R(sorted[^1], 3)),
            ("index_units_per_s", R(units / Median(seconds), 1)), ("index_bytes", IndexBytes(path)), ("segments", 1), ("peak_rss_mb", PeakRssMb())));
    }

    /// <param name="slowest">How many of each variant's slowest queries to list on stderr (0: none).</param>
    private static void Query(TextWriter output, string path, List<string> queries, Analyzer analyzer, double load, int runs, int fruns,
        string[]? only, int slowest)
    {
        using var index = SearchIndex.Open(path);
        var searcher = new UnitSearcher(index, analyzer);
        var facets = new FacetCounter(index, analyzer);
        var weights = RankingWeights.Default;

        // search: what Lucene's search(q, 10) does — the query parsed, the filter resolved, the top 10 ranked.
        int Search(SearchRequest request)
        {
            var parsed = QueryParser.Parse(request.Text, analyzer);
            if (parsed.IsEmpty) return 0;
            var filter = SearchFilter.For(request, index);
            if (filter.MatchesNothing) return 0;
            var ranking = new PostingsRanker(index, weights).Rank(parsed, filter, request.Limit, countTotal: false);
            return ranking.Units.Count;
        }
        int Fetch(SearchRequest request)
        {
            var result = searcher.Search(request with { CountTotal = false });
            foreach (var hit in result.Hits) if (hit.Unit.Text.Length == 0) throw new InvalidOperationException("命中的条目没有正文");
            return result.Hits.Count;
        }
        int Facets(SearchRequest request) => facets.Count(request).Total;

        var variants = PeerWorkload.Variants.Where(v => only is null || only.Contains(v.Name)).ToList();
        SearchRequest Request(int variant, int k) => variants[variant].Filter(k, new SearchRequest(queries[k]) { Limit = 10, CountTotal = false });

        // Hits per query as the whole search counts them (every unit holding a word or a part of one).
        long hitSum = 0;
        int zero = 0, withTen = 0;
        foreach (var q in queries)
        {
            var total = searcher.Search(new SearchRequest(q) { Limit = 10 }).Total ?? 0;
            hitSum += total;
            if (total == 0) zero++;
            if (total >= 10) withTen++;
        }

        // Warm-up as the peer's: at least 5 passes and 5 s of every query with its texts, then a pass per filter.
        var warm = Stopwatch.StartNew();
        for (var pass = 0; pass < 5 || warm.Elapsed.TotalSeconds < 5; pass++)
        {
            for (var k = 0; k < queries.Count; k++) Fetch(Request(0, k));
        }
        for (var v = 0; v < variants.Count; v++)
        {
            for (var k = 0; k < queries.Count; k++)
            {
                Fetch(Request(v, k));
                Facets(Request(v, k));
            }
        }
        var warmSeconds = warm.Elapsed.TotalSeconds;

        for (var v = 0; v < variants.Count; v++)
        {
            var n = variants[v].Name == "unfiltered" ? runs : fruns;
            foreach (var (level, run) in new (string, Func<SearchRequest, int>)[] { ("search", Search), ("search+fetch", Fetch), ("facets", Facets) })
            {
                var p50 = new double[n];
                var p90 = new double[n];
                var p99 = new double[n];
                var mean = new double[n];
                var max = new double[n];
                for (var r = 0; r < n; r++)
                {
                    var latencies = new double[queries.Count];
                    for (var k = 0; k < queries.Count; k++)
                    {
                        var start = Stopwatch.GetTimestamp();
                        run(Request(v, k));
                        latencies[k] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                    }
                    mean[r] = latencies.Average();
                    Array.Sort(latencies);
                    (p50[r], p90[r], p99[r], max[r]) = (Percentile(latencies, 50), Percentile(latencies, 90), Percentile(latencies, 99), latencies[^1]);
                }
                output.WriteLine(Json(
                    ("peer", "cqodocs-query"), ("variant", variants[v].Name), ("level", level), ("queries", queries.Count), ("runs", n),
                    ("p50_us", Arr(p50, 1)), ("p90_us", Arr(p90, 1)), ("p99_us", Arr(p99, 1)), ("mean_us", Arr(mean, 1)), ("max_us", Arr(max, 1)),
                    ("p50_us_median", R(Median(p50), 1)), ("p99_us_median", R(Median(p99), 1)),
                    ("p50_us_min", R(p50.Min(), 1)), ("p50_us_max", R(p50.Max(), 1)), ("p99_us_min", R(p99.Min(), 1)), ("p99_us_max", R(p99.Max(), 1))));
            }
        }
        if (slowest > 0) Slowest(variants.Select(v => v.Name).ToList(), queries, Request, Search, slowest);
        output.WriteLine(Json(
            ("peer", "cqodocs-query-meta"), ("impl", Impl), ("units", index.UnitCount), ("index_bytes", IndexBytes(path)), ("segments", 1),
            ("dict_load_s", R(load, 4)), ("warmup_s", R(warmSeconds, 1)), ("hits_mean", R(hitSum / (double)queries.Count, 1)),
            ("zero_hit_queries", zero), ("queries_with_10_hits", withTen), ("peak_rss_mb", PeakRssMb())));
    }

    /// <summary>
    /// The queries slowest to rank, each timed five times and taken at its fastest, so that what is listed is
    /// the work a query costs rather than the moments the machine was busy elsewhere (on stderr).
    /// </summary>
    private static void Slowest(List<string> variants, List<string> queries, Func<int, int, SearchRequest> request,
        Func<SearchRequest, int> search, int count)
    {
        for (var v = 0; v < variants.Count; v++)
        {
            var fastest = new double[queries.Count];
            for (var k = 0; k < queries.Count; k++)
            {
                fastest[k] = double.MaxValue;
                for (var r = 0; r < 5; r++)
                {
                    var start = Stopwatch.GetTimestamp();
                    search(request(v, k));
                    fastest[k] = Math.Min(fastest[k], Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                }
            }
            var order = Enumerable.Range(0, queries.Count).OrderByDescending(k => fastest[k]).ToList();
            var sorted = fastest.Order().ToArray();
            Console.Error.WriteLine($"{variants[v]}: fastest of 5, p50 {Percentile(sorted, 50):0.0} µs, p99 {Percentile(sorted, 99):0.0} µs; slowest:");
            foreach (var k in order.Take(count)) Console.Error.WriteLine($"  {fastest[k],9:0.0} µs  {queries[k]}");
        }
    }

    /// <summary>The peer's percentile: the value at rank ⌈p/100 × n⌉ of the sorted latencies.</summary>
    private static double Percentile(double[] sorted, double p)
    {
        var k = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(k - 1, 0, sorted.Length - 1)];
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var m = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    /// <summary>The index file with any journal or WAL beside it.</summary>
    private static long IndexBytes(string path) =>
        new[] { path, path + "-wal", path + "-journal", path + "-shm" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);

    /// <summary>The process's peak resident memory (VmHWM), as the peer reads it; -1 where /proc is missing.</summary>
    private static long PeakRssMb()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return -1;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(new string(line.Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>A number or array of numbers already written with the peer's decimals.</summary>
    private sealed record Formatted(string Json);

    private static Formatted R(double x, int digits) => new(x.ToString("F" + digits, CultureInfo.InvariantCulture));

    private static Formatted Arr(double[] values, int digits) => new("[" + string.Join(",", values.Select(v => R(v, digits).Json)) + "]");

    /// <summary>One JSON line in the peer's field order.</summary>
    private static string Json(params (string Key, object Value)[] fields) =>
        "{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":" + f.Value switch
        {
            Formatted formatted => formatted.Json,
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            var other => System.Text.Json.JsonSerializer.Serialize(other, UnescapedJson),
        })) + "}";

    private static readonly System.Text.Json.JsonSerializerOptions UnescapedJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    /// <summary>The arguments that are neither options nor their values.</summary>
    private static List<string> Positional(string[] args)
    {
        var result = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal)) i++;
            else result.Add(args[i]);
        }
        return result;
    }
}
