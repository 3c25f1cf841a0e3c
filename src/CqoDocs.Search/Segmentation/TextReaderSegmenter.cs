namespace CqoDocs.Search.Segmentation;

/// <summary>Receives the tokens of one piece of a stream: the piece's text, ranges into it, and where it starts.</summary>
internal interface ITokenChunkHandler
{
    void Handle(ReadOnlySpan<char> text, ReadOnlySpan<TokenRange> tokens, long offset);
}

/// <summary>
/// Segments a text of any size read from a <see cref="TextReader"/> in a fixed amount of memory: it reads a
/// buffer, cuts at the last safe boundary (<see cref="BlockSplitter.IsSafeBoundary"/>: no jieba block, CR LF
/// or surrogate pair spans it), segments that part and keeps the rest for the next round, so the tokens
/// equal those of the whole text. A block longer than <see cref="MaxBlockLength"/> with no separator at all
/// is cut there regardless (tokens around that cut may then differ from jieba's); real text has
/// punctuation or spaces long before.
/// </summary>
internal static class TextReaderSegmenter
{
    public const int ChunkLength = 64 * 1024;
    public const int MaxBlockLength = 1024 * 1024;

    /// <summary>Maps text to its normalised form of the same length (Traditional→Simplified), or null.</summary>
    public delegate void Normaliser(ReadOnlySpan<char> source, Span<char> destination);

    /// <returns>The number of UTF-16 units read.</returns>
    public static long Segment(Segmenter segmenter, TextReader reader, ITokenChunkHandler handler,
        SegmentMode mode = SegmentMode.Precise, bool hmm = true, Normaliser? normalise = null, int chunkLength = ChunkLength)
    {
        var original = new char[chunkLength];
        var work = normalise is null ? original : new char[chunkLength];
        var tokens = new TokenBuffer(chunkLength / 2);
        var filled = 0;
        long consumed = 0;
        while (true)
        {
            var read = reader.Read(original, filled, original.Length - filled);
            var atEnd = read == 0;
            filled += read;
            if (filled == 0) return consumed;
            normalise?.Invoke(original.AsSpan(0, filled), work.AsSpan(0, filled));

            var cut = atEnd ? filled : BlockSplitter.LastSafeBoundary(work.AsSpan(0, filled));
            if (cut == 0)
            {
                if (filled < original.Length) continue;
                if (original.Length < MaxBlockLength)
                {
                    Array.Resize(ref original, original.Length * 2);
                    if (normalise is not null) Array.Resize(ref work, original.Length);
                    else work = original;
                    continue;
                }
                cut = ForcedCut(work.AsSpan(0, filled));
            }

            tokens.Clear();
            segmenter.CutRanges(work.AsSpan(0, cut), tokens, mode, hmm);
            handler.Handle(original.AsSpan(0, cut), tokens.Items, consumed);
            original.AsSpan(cut, filled - cut).CopyTo(original);
            filled -= cut;
            consumed += cut;
        }
    }

    /// <summary>Where to split a block that fills the whole buffer: at its end, but not inside CR LF or a surrogate pair.</summary>
    private static int ForcedCut(ReadOnlySpan<char> text)
    {
        var last = text[^1];
        return char.IsHighSurrogate(last) || last == '\r' ? text.Length - 1 : text.Length;
    }
}
