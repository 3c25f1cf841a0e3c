namespace CqoDocs.Search.Segmentation;

/// <summary>
/// Chinese word segmentation with jieba 0.42.1's algorithm, dictionary and HMM. Immutable: build one with
/// <see cref="SegmenterBuilder"/> (or take <see cref="Default"/>) and share it between threads.
/// On raw text, with no user words, <see cref="Cut"/> equals Python jieba's <c>lcut</c> /
/// <c>lcut_for_search</c> token for token; offsets are UTF-16 positions in the text that was passed in.
/// </summary>
public sealed class Segmenter
{
    /// <summary>How far apart <see cref="Cut"/> looks for safe places to work piece by piece on long texts.</summary>
    private const int ChunkLength = 8192;

    private static readonly Lazy<Segmenter> s_default = new(() => new SegmenterBuilder().Build());

    /// <summary>
    /// One shared string per character for single-character tokens (punctuation, 的, 了 ... a third of all
    /// tokens), filled as they are met; racing threads at worst create the same string twice.
    /// </summary>
    private static readonly string?[] s_singleCharacters = new string?[char.MaxValue + 1];

    private readonly PrefixDictionary _dictionary;
    private readonly HmmSegmenter _hmm;

    internal Segmenter(PrefixDictionary dictionary, HmmSegmenter hmm)
    {
        _dictionary = dictionary;
        _hmm = hmm;
    }

    /// <summary>jieba's own dictionary and HMM, no user words; built on first use and then shared.</summary>
    public static Segmenter Default => s_default.Value;

    internal PrefixDictionary Dictionary => _dictionary;

    /// <summary>
    /// The tokens of <paramref name="text"/> in order, produced lazily a few thousand characters at a time.
    /// <paramref name="hmm"/> false skips the HMM guesses for words missing from the dictionary.
    /// </summary>
    public IEnumerable<Token> Cut(string text, SegmentMode mode = SegmentMode.Precise, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CutLazily(text, mode, hmm);
    }

    private IEnumerable<Token> CutLazily(string text, SegmentMode mode, bool hmm)
    {
        foreach (var range in CutOffsets(text, mode, hmm))
        {
            yield return new Token(TextOf(text, range), range.Start, range.End);
        }
    }

    /// <summary>As <see cref="Cut"/>, the tokens' offsets only: no string is made for a token nobody reads.</summary>
    internal IEnumerable<TokenRange> CutOffsets(string text, SegmentMode mode, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The thread's spare buffer, taken out of its slot while in use: a build cuts every field of every unit,
        // and a new buffer each time was a tenth of what it allocated. An enumeration started inside another on
        // the same thread finds the slot empty and makes its own.
        var buffer = t_spareBuffer ?? new TokenBuffer();
        t_spareBuffer = null;
        try
        {
            var position = 0;
            while (position < text.Length)
            {
                var end = NextChunkEnd(text, position);
                buffer.Clear();
                CutRanges(text.AsSpan(position, end - position), buffer, mode, hmm, position);
                for (var i = 0; i < buffer.Count; i++) yield return buffer[i];
                position = end;
            }
        }
        finally
        {
            buffer.Clear();
            t_spareBuffer = buffer;
        }
    }

    [ThreadStatic]
    private static TokenBuffer? t_spareBuffer;

    private static string TextOf(string text, TokenRange range) =>
        range.Length == 1 ? SingleCharacter(text[range.Start]) : text.Substring(range.Start, range.Length);

    /// <summary>The shared string of one character.</summary>
    internal static string SingleCharacter(char c) => s_singleCharacters[c] ??= c.ToString();

    private static int NextChunkEnd(string text, int position)
    {
        var end = position + ChunkLength;
        if (end >= text.Length) return text.Length;
        while (!BlockSplitter.IsSafeBoundary(text, end)) end++;
        return end;
    }

    /// <summary>
    /// Appends the token ranges of <paramref name="text"/> to <paramref name="output"/>, shifted by
    /// <paramref name="offset"/>; allocates nothing per token. The text must start and end at safe
    /// boundaries (<see cref="BlockSplitter.IsSafeBoundary"/>) for the result to equal cutting the whole.
    /// </summary>
    internal void CutRanges(ReadOnlySpan<char> text, TokenBuffer output, SegmentMode mode = SegmentMode.Precise,
        bool hmm = true, int offset = 0)
    {
        var scratch = SegmentScratch.Rent();
        try
        {
            if (mode == SegmentMode.Search)
            {
                scratch.Precise.Clear();
                CutPrecise(text, offset, scratch.Precise, hmm, scratch);
                SearchGrams.Expand(_dictionary, text, scratch.Precise.Items, offset, output);
            }
            else
            {
                CutPrecise(text, offset, output, hmm, scratch);
            }
        }
        finally
        {
            SegmentScratch.Return(scratch);
        }
    }

    private void CutPrecise(ReadOnlySpan<char> text, int offset, TokenBuffer output, bool hmm, SegmentScratch scratch)
    {
        foreach (var piece in BlockSplitter.Pieces(text))
        {
            if (!piece.IsBlock)
            {
                output.Add(offset + piece.Start, offset + piece.End);
                continue;
            }
            var block = text[piece.Start..piece.End];
            if (hmm) DagCutter.CutWithHmm(_dictionary, _hmm, block, offset + piece.Start, output, scratch);
            else DagCutter.CutWithoutHmm(_dictionary, block, offset + piece.Start, output, scratch);
        }
    }
}
