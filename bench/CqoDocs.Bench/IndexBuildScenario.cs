using System.Diagnostics;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;

namespace CqoDocs.Bench;

/// <summary>Index build time on a generated corpus (default 50,000 units of ~300 characters). Target: &lt; 10 s.</summary>
public sealed class IndexBuildScenario : IScenario
{
    public string Name => "index-build";
    public string Description => "建索引耗时：由内置语料重组的 5 万条 ~300 字条目 [--units N] [--corpus DIR] [--keep FILE]";

    public int Run(string[] args, TextWriter output)
    {
        var units = IndexBenchCorpus.IntOption(args, "--units", 50_000);
        var documents = IndexBenchCorpus.Generate(IndexBenchCorpus.Source(args), units);
        var chars = documents.Sum(d => d.Units.Sum(u => (long)u.Text.Length));
        output.WriteLine($"corpus: {documents.Count} documents, {units} units, {chars / (double)units:0} chars/unit, {chars / 1e6:0.0} M chars");

        var watch = Stopwatch.StartNew();
        var analyzer = StandardAnalyzer.Create();
        output.WriteLine($"analyzer (dictionary load): {watch.Elapsed.TotalMilliseconds:0} ms");

        var keep = Array.IndexOf(args, "--keep") is var k and >= 0 && k + 1 < args.Length ? args[k + 1] : null;
        var path = keep ?? Path.Combine(Path.GetTempPath(), $"cqodocs-bench-{Guid.NewGuid():N}.sqlite");
        try
        {
            // Warm the JIT on a small build so the figure is the steady cost, then the measured build.
            new IndexBuilder(analyzer).Build(documents.Take(2).ToList(), "warm", "bench", path);
            watch.Restart();
            var result = new IndexBuilder(analyzer).Build(documents, "bench", "bench", path);
            var seconds = watch.Elapsed.TotalSeconds;
            output.WriteLine($"build: {seconds:0.00} s ({result.Units / seconds:0} units/s, {chars / seconds / 1e6:0.00} M chars/s), file {new FileInfo(path).Length / 1e6:0.0} MB");
            output.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        }
        finally
        {
            if (keep is null) File.Delete(path);
        }
        return 0;
    }
}
