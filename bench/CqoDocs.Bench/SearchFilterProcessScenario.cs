using System.Diagnostics;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using CqoDocs.Search.Query;

namespace CqoDocs.Bench;

/// <summary>
/// What a filter adds to a whole `cqodocs search` process on a large library: a generated library of 50,000
/// units (2,000 corpus files) with its index present, a few queries run unfiltered and with each filter and a
/// combination, one process per search. Reports the CPU and wall medians per filter and the difference from
/// the unfiltered search; and, for scale, `--version` and the same queries on the small bundled corpus, whose
/// difference from the library's is what the library's size costs outside the query itself.
/// Needs the CLI built first: `dotnet build -c Release src/CqoDocs.Cli`. Target: a filter adds a few ms at most.
/// </summary>
public sealed class SearchFilterProcessScenario : IScenario
{
    private static readonly string[] Queries = ["任职条件", "首席质量官 职责", "质量安全 考核"];

    public string Name => "search-filters-process";
    public string Description => "整个 cqodocs search 进程在 5 万条目文件库上：各筛选条件比不筛选多花的时间 [--exe PATH] [--units N] [--runs N] [--corpus DIR] [--library DIR：保存或重用生成的文件库] [--in-process：只测进程内] [--added-only：只测加入一个文件后的搜索]";

    public int Run(string[] args, TextWriter output)
    {
        if (SearchColdStartScenario.Cli(args, output) is not { } exe) return 1;
        var units = IndexBenchCorpus.IntOption(args, "--units", 50_000);
        var runs = IndexBenchCorpus.IntOption(args, "--runs", 5);
        // A kept library (--library DIR: made there the first time, reused after) spares the build; its files
        // added by the last step are taken out again first.
        var kept = SearchColdStartScenario.Option(args, "--library");
        var root = kept ?? Directory.CreateTempSubdirectory("cqodocs-bench-filters-").FullName;
        try
        {
            var corpus = Path.Combine(root, "corpus");
            var documents = IndexBenchCorpus.Generate(IndexBenchCorpus.Source(args), units).ToList();
            if (!Directory.Exists(corpus))
            {
                Directory.CreateDirectory(corpus);
                foreach (var document in documents)
                {
                    File.WriteAllText(Path.Combine(corpus, document.Id + ".md"), CorpusMarkdown.Write(document));
                }
            }
            var ids = documents.Select(d => d.Id + ".md").ToHashSet(StringComparer.Ordinal);
            foreach (var stray in Directory.GetFiles(corpus).Where(f => !ids.Contains(Path.GetFileName(f)))) File.Delete(stray);
            var home = Path.Combine(root, "home");
            var build = Stopwatch.StartNew();
            Search(exe, home, ["search", Queries[0], "--corpus", corpus]);
            output.WriteLine($"library: {documents.Count} files, {units} units; first search (builds or updates the index): {build.Elapsed.TotalSeconds:0.0} s");

            if (args.Contains("--in-process"))
            {
                InProcess(Directory.GetFiles(Path.Combine(home, "index"), "*.sqlite").Single(), documents, runs, output);
                return 0;
            }
            if (args.Contains("--added-only"))
            {
                // The first search listed the library: the one after each file added is what an import costs.
                var alone = AddedThenSearched(args, exe, home, corpus, documents.Count, units, runs);
                output.WriteLine($"{"one file added to the library, then search",-44} {Median(alone, x => x.Cpu),9:0} ms CPU {Median(alone, x => x.Wall),9:0} ms wall");
                output.WriteLine($"{alone.Count} files added one at a time; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
                return 0;
            }
            var shapes = Shapes(documents);
            var times = shapes.ToDictionary(s => s.Name, _ => new List<(double Wall, double Cpu)>());
            var bundled = new List<(double Wall, double Cpu)>();
            var version = new List<(double Wall, double Cpu)>();
            var bundledHome = Path.Combine(root, "home-bundled");
            Search(exe, bundledHome, ["search", Queries[0]]);
            // Round after round, every shape once per query: a busy spell of the machine falls on all of them alike.
            for (var round = 0; round < runs; round++)
            {
                foreach (var query in Queries)
                {
                    foreach (var (name, filter) in shapes)
                    {
                        times[name].Add(Search(exe, home, ["search", query, "--corpus", corpus, .. filter]));
                    }
                    bundled.Add(Search(exe, bundledHome, ["search", query]));
                }
                version.Add(Search(exe, home, ["--version"]));
            }

            var added = AddedThenSearched(args, exe, home, corpus, documents.Count, units, runs);

            var plain = times[shapes[0].Name];
            output.WriteLine($"{"",-44} {"CPU median",12} {"wall median",12} {"CPU added",10} {"wall added",10}");
            foreach (var (name, _) in shapes)
            {
                var t = times[name];
                output.WriteLine($"{name,-44} {Median(t, x => x.Cpu),9:0} ms {Median(t, x => x.Wall),9:0} ms " +
                    $"{Median(t, x => x.Cpu) - Median(plain, x => x.Cpu),7:+0;-0;0} ms {Median(t, x => x.Wall) - Median(plain, x => x.Wall),7:+0;-0;0} ms");
            }
            output.WriteLine($"{"same queries, bundled corpus",-44} {Median(bundled, x => x.Cpu),9:0} ms {Median(bundled, x => x.Wall),9:0} ms");
            output.WriteLine($"{"one file added to the library, then search",-44} {Median(added, x => x.Cpu),9:0} ms {Median(added, x => x.Wall),9:0} ms");
            output.WriteLine($"{"--version",-44} {Median(version, x => x.Cpu),9:0} ms {Median(version, x => x.Wall),9:0} ms");
            InProcess(Directory.GetFiles(Path.Combine(home, "index"), "*.sqlite").Single(), documents, runs, output);
            output.WriteLine($"{runs} runs of {Queries.Length} queries per line ({string.Join("、", Queries)}); CPU is user + system of the process");
            output.WriteLine($"exe: {exe}; machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            return 0;
        }
        finally
        {
            if (kept is null) Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// One new file in the library, then a search, <paramref name="runs"/> times: the index is updated in place,
    /// and the corpus is read and hashed whole but only the new file parsed.
    /// </summary>
    private static List<(double Wall, double Cpu)> AddedThenSearched(string[] args, string exe, string home, string corpus,
        int documents, int units, int runs)
    {
        var extra = IndexBenchCorpus.Generate(IndexBenchCorpus.Source(args), units + runs * 25).Skip(documents).ToList();
        var added = new List<(double Wall, double Cpu)>();
        foreach (var document in extra)
        {
            File.WriteAllText(Path.Combine(corpus, document.Id + ".md"), CorpusMarkdown.Write(document));
            added.Add(Search(exe, home, ["search", Queries[0], "--corpus", corpus]));
        }
        return added;
    }

    /// <summary>No filter, then each filter alone with a value the library holds plenty of, then three together.</summary>
    private static List<(string Name, string[] Filter)> Shapes(IReadOnlyList<Document> documents) =>
        Filters(documents).Select(f => (f.Name, f.Arguments)).ToList();

    /// <summary>Each filter as the command line gives it and as a request to the searcher in process.</summary>
    private static List<(string Name, string[] Arguments, Func<SearchRequest, SearchRequest> Request)> Filters(IReadOnlyList<Document> documents)
    {
        var province = documents.Select(d => d.Region.Province).OfType<string>().GroupBy(p => p).MaxBy(g => g.Count())!.Key;
        var kind = documents.GroupBy(d => d.Kind).MaxBy(g => g.Count())!.Key.Key();
        var years = documents.Select(d => d.Date?.Year).OfType<int>().Order().ToList();
        var year = years[years.Count / 2].ToString(System.Globalization.CultureInfo.InvariantCulture);
        var y = int.Parse(year, System.Globalization.CultureInfo.InvariantCulture);
        var kindValue = documents.GroupBy(d => d.Kind).MaxBy(g => g.Count())!.Key;
        return
        [
            ("unfiltered", [], r => r),
            ("--topic duties", ["--topic", "duties"], r => r with { Topics = [Topic.Duties] }),
            ($"--region {province}", ["--region", province], r => r with { Region = province }),
            ($"--kind {kind}", ["--kind", kind], r => r with { Kind = kindValue }),
            ($"--since {year} --until {year}", ["--since", year, "--until", year], r => r with { Since = y, Until = y }),
            ("--in-force", ["--in-force"], r => r with { InForce = true }),
            ($"--topic duties --region {province} --since {year}", ["--topic", "duties", "--region", province, "--since", year],
                r => r with { Topics = [Topic.Duties], Region = province, Since = y }),
        ];
    }

    /// <summary>
    /// The same searches in this process, each on a freshly opened index as a search process has it: the first
    /// query of a filter pays for reading its unit sets, which is what a filter adds to a whole process.
    /// </summary>
    private static void InProcess(string path, IReadOnlyList<Document> documents, int runs, TextWriter output)
    {
        var analyzer = StandardAnalyzer.Create();
        var filters = Filters(documents);
        var times = filters.ToDictionary(f => f.Name, _ => new List<double>());
        foreach (var (name, _, request) in filters.Take(1).Concat(filters))
        {
            // The first round warms the JIT and the file's pages in the OS cache; not kept.
            using var index = SearchIndex.Open(path);
            new UnitSearcher(index, analyzer).Search(request(new SearchRequest(Queries[0])));
        }
        for (var round = 0; round < runs; round++)
        {
            foreach (var query in Queries)
            {
                foreach (var (name, _, request) in filters)
                {
                    var watch = Stopwatch.StartNew();
                    using var index = SearchIndex.Open(path);
                    new UnitSearcher(index, analyzer).Search(request(new SearchRequest(query)));
                    times[name].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }
        var plain = times[filters[0].Name].Order().ElementAt(times[filters[0].Name].Count / 2);
        output.WriteLine("in process, opening the index and the first search (wall, median), and what the filter adds:");
        foreach (var (name, list) in times)
        {
            var median = list.Order().ElementAt(list.Count / 2);
            output.WriteLine($"  {name,-44} {median,7:0.0} ms {median - plain,+7:+0.0;-0.0;0.0} ms");
        }
    }

    private static (double Wall, double Cpu) Search(string exe, string home, string[] arguments)
    {
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["CQODOCS_HOME"] = home;
        start.Environment.Remove("CQODOCS_CORPUS");
        var cpu = SearchColdStartScenario.ChildCpu.Milliseconds();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var wall = watch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0) throw new InvalidOperationException($"cqodocs {string.Join(' ', arguments)} exited {process.ExitCode}: {errors.Result}");
        return (wall, SearchColdStartScenario.ChildCpu.Milliseconds() - cpu);
    }

    private static double Median(List<(double Wall, double Cpu)> times, Func<(double Wall, double Cpu), double> of) =>
        times.Select(of).Order().ElementAt(times.Count / 2);
}
