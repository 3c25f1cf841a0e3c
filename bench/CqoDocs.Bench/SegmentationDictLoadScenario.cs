using System.Diagnostics;
using CqoDocs.Search.Segmentation;

namespace CqoDocs.Bench;

/// <summary>
/// How long until a segmenter is ready: the first build in this process (cold: resource inflation, JIT,
/// parsing, trie) and then warm rebuilds of the same steps; also with the domain lexicon added.
/// Args: [--rounds 5].
/// </summary>
public sealed class SegmentationDictLoadScenario : IScenario
{
    public string Name => "dict-load";
    public string Description => "time until the jieba dictionary + HMM are ready (cold, then warm), with and without domain terms";

    public int Run(string[] args, TextWriter output)
    {
        var rounds = int.Parse(SegmentationBenchText.Option(args, "--rounds") ?? "5");
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;

        var clock = Stopwatch.StartNew();
        var segmenter = new SegmenterBuilder().Build();
        var cold = clock.Elapsed.TotalMilliseconds;
        _ = segmenter.Cut("预热").Count();
        output.WriteLine($"cold: segmenter ready in {cold:F1} ms ({(sinceStart.TotalMilliseconds + cold):F0} ms after the process started); "
            + $"{segmenter.Dictionary.NodeCount - 1:N0} dictionary entries");

        clock.Restart();
        _ = new SegmenterBuilder().AddDomainLexicon().Build();
        output.WriteLine($"cold: domain lexicon added and rebuilt in {clock.Elapsed.TotalMilliseconds:F1} ms");

        var dictionary = new List<double>();
        var hmm = new List<double>();
        var domain = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            clock.Restart();
            var loaded = PrefixDictionarySnapshot.Read(LexiconResources.ReadAllBytes(LexiconResources.JiebaTrie));
            dictionary.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var model = HmmModel.LoadBundled();
            hmm.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            _ = new SegmenterBuilder(loaded, model).AddDomainLexicon().Build();
            domain.Add(clock.Elapsed.TotalMilliseconds);
        }
        output.WriteLine($"warm (median of {rounds}): dictionary {Median(dictionary):F1} ms, HMM {Median(hmm):F1} ms "
            + $"(read in parallel on first use), domain lexicon build {Median(domain):F1} ms");
        output.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        return 0;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
