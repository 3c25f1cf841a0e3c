using System.Diagnostics;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using CqoDocs.Search.Query;

namespace CqoDocs.Bench;

/// <summary>
/// One document added to, replaced in or removed from a built index (default 50,000 units): the time until
/// it is searchable, update plus opening plus a search. Target: ≤ 100 ms for one added document.
/// </summary>
public sealed class IndexUpdateScenario : IScenario
{
    public string Name => "index-update";
    public string Description => "增量更新：向 5 万条目的索引加入/替换/删除一件文件到可检索的耗时，及全量建索引的内存峰值 [--units N] [--rounds N] [--corpus DIR] [--keep FILE：保存或重用建好的索引]";

    public int Run(string[] args, TextWriter output)
    {
        var units = IndexBenchCorpus.IntOption(args, "--units", 50_000);
        var rounds = IndexBenchCorpus.IntOption(args, "--rounds", 10);
        // The extra documents are the ones added, one per round.
        var all = IndexBenchCorpus.Generate(IndexBenchCorpus.Source(args), units + rounds * 25).ToList();
        var documents = all.Take(all.Count - rounds).ToList();
        var extra = all.Skip(all.Count - rounds).ToList();
        output.WriteLine($"corpus: {documents.Count} documents, {documents.Sum(d => d.Units.Count)} units; adding {rounds} documents of {extra[0].Units.Count} units one at a time");

        var analyzer = StandardAnalyzer.Create();
        var path = Path.Combine(Path.GetTempPath(), $"cqodocs-bench-{Guid.NewGuid():N}.sqlite");
        // A kept build of the same corpus (same --units, --rounds, --corpus) is copied instead of built again.
        var keep = SearchColdStartScenario.Option(args, "--keep");
        try
        {
            var watch = Stopwatch.StartNew();
            if (keep is not null && File.Exists(keep))
            {
                File.Copy(keep, path);
                output.WriteLine($"full build: copied from {keep}");
            }
            else
            {
                Build(analyzer, documents, path, output);
                if (keep is not null) File.Copy(path, keep);
            }

            var updater = new IndexUpdater(analyzer);
            // Warm the JIT with one replacement, not measured.
            documents[0] = documents[0] with { Title = documents[0].Title + "（修订）" };
            updater.TryUpdate(path, CorpusStream.Of(documents, "warm"));

            var added = new List<double>();
            var addedCpu = new List<double>();
            var searchable = new List<double>();
            var search = new List<double>();
            var searchableCpu = new List<double>();
            foreach (var document in extra)
            {
                documents.Add(document);
                watch.Restart();
                var cpu = CpuMilliseconds();
                _ = updater.TryUpdate(path, CorpusStream.Of(documents, "bench")) ?? throw new InvalidOperationException("the update was refused");
                added.Add(watch.Elapsed.TotalMilliseconds);
                addedCpu.Add(CpuMilliseconds() - cpu);
                var opening = Stopwatch.StartNew();
                using var index = SearchIndex.Open(path);
                var hits = new UnitSearcher(index, analyzer).Search(new SearchRequest(document.Units[0].Text[..12]) { Limit = 10 });
                searchable.Add(watch.Elapsed.TotalMilliseconds);
                searchableCpu.Add(CpuMilliseconds() - cpu);
                search.Add(opening.Elapsed.TotalMilliseconds);
                if (hits.Hits.Count == 0) throw new InvalidOperationException("the added document is not found");
            }
            Report(output, "add one document (update)", added, addedCpu);
            Report(output, "add one document, then open and search", searchable, searchableCpu);
            Report(output, "  of which the opening and the search (its 12-character query)", search);

            var replaced = new List<double>();
            var replacedCpu = new List<double>();
            var removed = new List<double>();
            var removedCpu = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                var at = 1 + i * 37 % (documents.Count - 1);
                documents[at] = documents[at] with { Units = [.. documents[at].Units.Skip(1)] };
                watch.Restart();
                var cpu = CpuMilliseconds();
                updater.TryUpdate(path, CorpusStream.Of(documents, "bench"));
                replaced.Add(watch.Elapsed.TotalMilliseconds);
                replacedCpu.Add(CpuMilliseconds() - cpu);
                documents.RemoveAt(at);
                watch.Restart();
                cpu = CpuMilliseconds();
                updater.TryUpdate(path, CorpusStream.Of(documents, "bench"));
                removed.Add(watch.Elapsed.TotalMilliseconds);
                removedCpu.Add(CpuMilliseconds() - cpu);
            }
            Report(output, "replace one document", replaced, replacedCpu);
            Report(output, "remove one document", removed, removedCpu);
            output.WriteLine($"file after the updates: {new FileInfo(path).Length / 1e6:0.0} MB");
            output.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".lock");
        }
        return 0;
    }

    private static void Build(Analyzer analyzer, IReadOnlyList<Document> documents, string path, TextWriter output)
    {
        var process = Process.GetCurrentProcess();
        var before = process.PeakWorkingSet64;
        var watch = Stopwatch.StartNew();
        new IndexBuilder(analyzer).Build(CorpusStream.Of(documents, "bench"), "bench", path);
        process.Refresh();
        output.WriteLine($"full build: {watch.Elapsed.TotalSeconds:0.00} s, file {new FileInfo(path).Length / 1e6:0.0} MB; " +
            $"peak memory {before / 1e6:0} MB before it (runtime, analyzer, the corpus in memory), {process.PeakWorkingSet64 / 1e6:0} MB after");
    }

    private static void Report(TextWriter output, string what, List<double> milliseconds, List<double>? cpu = null)
    {
        var sorted = milliseconds.Order().ToList();
        var processor = cpu is null ? "" : $"; CPU median {cpu.Order().ElementAt(cpu.Count / 2):0.0} ms";
        output.WriteLine($"{what}: median {sorted[sorted.Count / 2]:0.0} ms, max {sorted[^1]:0.0} ms ({sorted.Count} runs){processor}");
    }

    /// <summary>The process's processor time, all threads: steadier than wall time on a busy machine.</summary>
    private static double CpuMilliseconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }
}
