using System.Diagnostics;
using CqoDocs.Core.Corpus;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;

namespace CqoDocs.Bench;

/// <summary>
/// Index build time on a generated corpus (default 50,000 units of ~300 characters). Target: &lt; 10 s. The
/// documents are made as the build reads them; with --folder they are first written as corpus files and the
/// build reads the folder as `cqodocs index --corpus DIR` does.
/// </summary>
public sealed class IndexBuildScenario : IScenario
{
    public string Name => "index-build";
    public string Description => "建索引耗时：由内置语料重组的 5 万条 ~300 字条目 [--units N] [--corpus DIR] [--keep FILE] [--folder DIR：先写成语料文件夹再建]";

    public int Run(string[] args, TextWriter output)
    {
        var units = IndexBenchCorpus.IntOption(args, "--units", 50_000);
        var source = IndexBenchCorpus.Source(args);
        var folder = Option(args, "--folder");
        if (folder is not null) WriteFolder(folder, source, units, output);

        var watch = Stopwatch.StartNew();
        var analyzer = StandardAnalyzer.Create();
        output.WriteLine($"analyzer (dictionary load): {watch.Elapsed.TotalMilliseconds:0} ms");

        var keep = Option(args, "--keep");
        var path = keep ?? Path.Combine(Path.GetTempPath(), $"cqodocs-bench-{Guid.NewGuid():N}.sqlite");
        try
        {
            // Warm the JIT on a small build so the figure is the steady cost, then the measured build.
            new IndexBuilder(analyzer).Build(CorpusStream.Of(IndexBenchCorpus.Generate(source, 50).ToList(), "warm"), "bench", path);
            long chars = 0;
            var corpus = IndexBenchCorpus.Stream(source, units);
            var counted = CorpusStream.Of(() => corpus.Documents.Select(d =>
            {
                chars += d.Units.Sum(u => (long)u.Text.Length);
                return d;
            }), corpus.DocumentCount, corpus.UnitCount, corpus.ContentHash);
            var allocated = GC.GetTotalAllocatedBytes();
            var paused = GC.GetTotalPauseDuration();
            int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            watch.Restart();
            var result = folder is null
                ? new IndexBuilder(analyzer).Build(counted, "bench", path)
                : new IndexStore(path, CorpusSources.Folder(folder), StandardAnalyzer.Version, () => analyzer, pathIsOurs: true).Rebuild();
            var seconds = watch.Elapsed.TotalSeconds;
            if (folder is null) output.WriteLine($"corpus: {result.Documents} documents, {result.Units} units, {chars / (double)result.Units:0} chars/unit, {chars / 1e6:0.0} M chars");
            else output.WriteLine($"corpus: {result.Documents} documents, {result.Units} units, read from {folder}");
            output.WriteLine($"build: {seconds:0.00} s ({result.Units / seconds:0} units/s), file {new FileInfo(path).Length / 1e6:0.0} MB");
            output.WriteLine($"gc: {GC.CollectionCount(0) - collections[0]} / {GC.CollectionCount(1) - collections[1]} / {GC.CollectionCount(2) - collections[2]} collections (gen 0/1/2), " +
                $"paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.00} s, {(GC.GetTotalAllocatedBytes() - allocated) / 1e9:0.00} GB allocated; peak working set {Environment.WorkingSet / 1e6:0} MB now, " +
                $"{System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB at most");
            output.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        }
        finally
        {
            if (keep is null) File.Delete(path);
        }
        return 0;
    }

    /// <summary>The generated documents as corpus files, unless the folder already holds some.</summary>
    private static void WriteFolder(string folder, CorpusSet source, int units, TextWriter output)
    {
        Directory.CreateDirectory(folder);
        if (Directory.EnumerateFiles(folder, "*.md").Any())
        {
            output.WriteLine($"corpus folder: {folder} already holds corpus files, used as they are");
            return;
        }
        var watch = Stopwatch.StartNew();
        foreach (var document in IndexBenchCorpus.Generate(source, units))
        {
            File.WriteAllText(Path.Combine(folder, document.Id + ".md"), CorpusMarkdown.Write(document));
        }
        output.WriteLine($"corpus folder: {folder} written in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
