using System.Text;
using CqoDocs.Search.Segmentation;

namespace CqoDocs.Search.Tests.Segmentation;

public class ConcurrencyAndStreamingTests
{
    private static IEnumerable<string> AllInputs() =>
        ReferenceFiles.NameList("Reference").Select(n => ReferenceFiles.Input("Reference", n))
            .Concat(ReferenceFiles.NameList("Cases").Select(n => ReferenceFiles.Input("Cases", n)));

    [Fact]
    public void Parallel_cuts_on_one_segmenter_equal_serial_cuts()
    {
        var segmenter = new SegmenterBuilder().AddDomainLexicon().Build();
        var jobs = AllInputs().SelectMany(text => new[] { (text, SegmentMode.Precise, true), (text, SegmentMode.Search, true), (text, SegmentMode.Precise, false) })
            .ToList();
        var serial = jobs.Select(j => segmenter.Cut(j.text, j.Item2, j.Item3).ToList()).ToList();
        for (var round = 0; round < 4; round++)
        {
            var parallel = new List<Token>[jobs.Count];
            Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 },
                i => parallel[i] = segmenter.Cut(jobs[i].text, jobs[i].Item2, jobs[i].Item3).ToList());
            for (var i = 0; i < jobs.Count; i++) Assert.Equal(serial[i], parallel[i]);
        }
    }

    [Theory]
    [InlineData(16)]
    [InlineData(100)]
    [InlineData(4096)]
    public void Streaming_in_small_pieces_equals_cutting_the_whole_text(int chunkLength)
    {
        foreach (var text in AllInputs())
        {
            foreach (var mode in new[] { SegmentMode.Precise, SegmentMode.Search })
            {
                var expected = Segmenter.Default.Cut(text, mode).ToList();
                Assert.Equal(expected, Stream(new StringReader(text), mode, chunkLength));
                Assert.Equal(expected, Stream(new TrickleReader(text), mode, chunkLength));
            }
        }
    }

    [Fact]
    public void Streaming_keeps_cr_lf_and_surrogate_pairs_together_across_reads()
    {
        var text = string.Concat(Enumerable.Repeat("汉字\r\n𠀀。ab12\r", 50));
        Assert.Equal(Segmenter.Default.Cut(text).ToList(), Stream(new TrickleReader(text), SegmentMode.Precise, 7));
    }

    [Fact]
    public void A_block_longer_than_the_buffer_grows_the_buffer_instead_of_being_split()
    {
        var text = string.Concat(Enumerable.Repeat("中华人民共和国成立了", 40)) + "。";
        Assert.Equal(Segmenter.Default.Cut(text).ToList(), Stream(new StringReader(text), SegmentMode.Precise, 16));
    }

    [Fact]
    public void Streaming_applies_the_normaliser_but_reports_the_original_text()
    {
        var tokens = Stream(new StringReader("關於質量"), SegmentMode.Precise, 16, Normalisation.ScriptNormaliser.ToSimplified);
        Assert.Equal(["關於", "質量"], tokens.Select(t => t.Text));
    }

    private static List<Token> Stream(TextReader reader, SegmentMode mode, int chunkLength,
        TextReaderSegmenter.Normaliser? normalise = null)
    {
        var collector = new Collector();
        TextReaderSegmenter.Segment(Segmenter.Default, reader, collector, mode, hmm: true, normalise, chunkLength);
        return collector.Tokens;
    }

    private sealed class Collector : ITokenChunkHandler
    {
        public List<Token> Tokens { get; } = [];

        public void Handle(ReadOnlySpan<char> text, ReadOnlySpan<TokenRange> tokens, long offset)
        {
            foreach (var t in tokens) Tokens.Add(new Token(text[t.Start..t.End].ToString(), (int)offset + t.Start, (int)offset + t.End));
        }
    }

    /// <summary>Hands out one to three characters per read, as a slow pipe might.</summary>
    private sealed class TrickleReader(string text) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(count, 1 + _position % 3), text.Length - _position);
            text.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}
