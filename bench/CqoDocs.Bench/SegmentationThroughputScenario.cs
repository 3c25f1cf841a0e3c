using System.Diagnostics;
using System.Text;
using CqoDocs.Search.Segmentation;

namespace CqoDocs.Bench;

/// <summary>
/// Segmentation speed on ~20 MB of Chinese text, through each way the product cuts: ranges only (what an
/// indexer can use), the public <see cref="Segmenter.Cut"/> with a string per token, and the CLI path
/// (stream in pieces + text output to a null writer).
/// Args: [--input FILE | --mb 20] [--mode precise|search] [--no-hmm] [--domain] [--rounds 3].
/// </summary>
public sealed class SegmentationThroughputScenario : IScenario
{
    public string Name => "segment-throughput";
    public string Description => "jieba segmentation MB/s on ~20 MB of Chinese text (ranges, Cut, CLI path)";

    public int Run(string[] args, TextWriter output)
    {
        var mode = SegmentationBenchText.Option(args, "--mode") == "search" ? SegmentMode.Search : SegmentMode.Precise;
        var hmm = !args.Contains("--no-hmm");
        var rounds = int.Parse(SegmentationBenchText.Option(args, "--rounds") ?? "3");

        var clock = Stopwatch.StartNew();
        var segmenter = args.Contains("--domain") ? new SegmenterBuilder().AddDomainLexicon().Build() : Segmenter.Default;
        output.WriteLine($"segmenter ready in {clock.Elapsed.TotalMilliseconds:F0} ms");

        clock.Restart();
        var text = SegmentationBenchText.Load(args, defaultMegabytes: 20);
        var megabytes = Encoding.UTF8.GetByteCount(text) / 1e6;
        output.WriteLine($"text: {megabytes:F1} MB UTF-8, {text.Length:N0} chars (made in {clock.Elapsed.TotalSeconds:F1} s); mode {mode}, hmm {hmm}");

        for (var round = 1; round <= rounds; round++)
        {
            Measure(output, $"round {round} ranges", megabytes, () => CutRanges(segmenter, text, mode, hmm));
            Measure(output, $"round {round} Cut()", megabytes, () => segmenter.Cut(text, mode, hmm).LongCount());
            Measure(output, $"round {round} CLI path", megabytes, () => Stream(segmenter, text, mode, hmm));
        }
        output.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        return 0;
    }

    private static void Measure(TextWriter output, string label, double megabytes, Func<long> run)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var tokens = run();
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        // On a shared machine wall time depends on the neighbours; MB per CPU second much less so.
        output.WriteLine($"{label,-20} {megabytes / seconds,7:F1} MB/s  ({megabytes / cpuSeconds,5:F1} MB per CPU s)  "
            + $"{tokens / seconds / 1e6,5:F2} M tokens/s  {seconds,6:F2} s  {tokens:N0} tokens  allocated {allocated / 1e6:F1} MB");
    }

    private static long CutRanges(Segmenter segmenter, string text, SegmentMode mode, bool hmm)
    {
        var buffer = new TokenBuffer(1 << 16);
        long tokens = 0;
        var position = 0;
        while (position < text.Length)
        {
            var end = Math.Min(text.Length, position + 65536);
            while (!BlockSplitter.IsSafeBoundary(text, end)) end++;
            buffer.Clear();
            segmenter.CutRanges(text.AsSpan(position, end - position), buffer, mode, hmm, position);
            tokens += buffer.Count;
            position = end;
        }
        return tokens;
    }

    private static long Stream(Segmenter segmenter, string text, SegmentMode mode, bool hmm)
    {
        var counter = new CountingWriter();
        var writer = new TokenWriter(counter, TokenOutputFormat.Text);
        TextReaderSegmenter.Segment(segmenter, new StringReader(text), writer, mode, hmm);
        writer.Complete();
        return counter.Lines;
    }

    /// <summary>Counts lines written and throws the text away, like output sent to /dev/null.</summary>
    private sealed class CountingWriter : TextWriter
    {
        public long Lines { get; private set; }
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) { if (value == '\n') Lines++; }
        public override void Write(char[] buffer, int index, int count) => Lines += buffer.AsSpan(index, count).Count('\n');
    }
}
