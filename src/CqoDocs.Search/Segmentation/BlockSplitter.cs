namespace CqoDocs.Search.Segmentation;

/// <summary>
/// jieba's <c>cut</c> at the top level: maximal runs of block characters (<c>re_han_default</c>) are handed
/// on to be segmented; every other character is a token of its own (<c>re_skip_default</c> keeps each
/// whitespace character apart), except that CR LF stays one token and a surrogate pair stays one character,
/// as Python counts code points.
/// </summary>
internal static class BlockSplitter
{
    /// <summary>The pieces of <paramref name="text"/> in order: blocks to segment, and single tokens between them.</summary>
    public static PieceEnumerator Pieces(ReadOnlySpan<char> text) => new(text);

    /// <summary>A block (<see cref="IsBlock"/>) or one token outside blocks, as offsets into the text.</summary>
    public readonly record struct Piece(int Start, int End, bool IsBlock);

    public ref struct PieceEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private int _next;

        public PieceEnumerator(ReadOnlySpan<char> text) => _text = text;

        public Piece Current { get; private set; }

        public readonly PieceEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var text = _text;
            var i = _next;
            if (i >= text.Length) return false;
            if (JiebaCharClasses.IsBlockChar(text[i]))
            {
                var j = i + 1;
                while (j < text.Length && JiebaCharClasses.IsBlockChar(text[j])) j++;
                Current = new Piece(i, j, true);
                _next = j;
                return true;
            }
            var width = IsPair(text, i) ? 2 : 1;
            Current = new Piece(i, i + width, false);
            _next = i + width;
            return true;
        }
    }

    private static bool IsPair(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length
        && ((text[i] == '\r' && text[i + 1] == '\n') || (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1])));

    /// <summary>
    /// True when a text may be cut in two just before <paramref name="index"/> without changing its tokens:
    /// the character before is not part of a block, a CR LF or a surrogate pair.
    /// </summary>
    public static bool IsSafeBoundary(ReadOnlySpan<char> text, int index)
    {
        if (index <= 0 || index >= text.Length) return true;
        var before = text[index - 1];
        return !JiebaCharClasses.IsBlockChar(before) && before != '\r' && !char.IsHighSurrogate(before);
    }

    /// <summary>The last safe boundary in <paramref name="text"/> (its length when the text ends on a separator), or 0.</summary>
    public static int LastSafeBoundary(ReadOnlySpan<char> text)
    {
        for (var i = text.Length; i > 0; i--)
        {
            var before = text[i - 1];
            if (!JiebaCharClasses.IsBlockChar(before) && before != '\r' && !char.IsHighSurrogate(before)) return i;
        }
        return 0;
    }
}
