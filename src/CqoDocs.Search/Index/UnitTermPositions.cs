namespace CqoDocs.Search.Index;

/// <summary>
/// Where each term occurs in one unit's full-text columns, and the unit's length in tokens. A position is
/// <see cref="Encode"/>(column, offset): consecutive offsets in one column are consecutive numbers, so a
/// phrase is terms at p, p + 1, p + 2… Held as three flat arrays (the distinct terms in order of first
/// occurrence, and each term's positions, increasing, side by side), built in a per-thread scratch table: a
/// build makes one of these per unit, and a table with a list per term was two fifths of all it allocated.
/// </summary>
internal sealed class UnitTermPositions
{
    private const int ColumnShift = 20;
    private const int MaxOffset = (1 << ColumnShift) - 1;

    private readonly string[] _terms;
    /// <summary>Term i's positions are <c>_positions[_starts[i].._starts[i + 1]]</c>.</summary>
    private readonly int[] _starts;
    private readonly int[] _positions;

    private UnitTermPositions(string[] terms, int[] starts, int[] positions)
    {
        _terms = terms;
        _starts = starts;
        _positions = positions;
    }

    /// <summary>Tokens in all the columns.</summary>
    public int Length => _positions.Length;

    public int TermCount => _terms.Length;

    public string Term(int i) => _terms[i];

    public ReadOnlySpan<int> PositionsOf(int i) => _positions.AsSpan(_starts[i], _starts[i + 1] - _starts[i]);

    public static int Encode(int column, int offset) => (column << ColumnShift) | Math.Min(offset, MaxOffset);

    public static int ColumnOf(int position) => position >> ColumnShift;

    public static int OffsetOf(int position) => position & MaxOffset;

    public static UnitTermPositions Of(UnitFields fields) => Of([[fields.Heading], [fields.Body], [fields.Topics], [fields.Context]]);

    /// <param name="columns">Each full-text column's words in order. The tokens are those of the words joined by
    /// spaces (<see cref="UnitFields"/>), so a word is its own token unless it holds characters that cut it.</param>
    public static UnitTermPositions Of(IReadOnlyList<IEnumerable<string>> columns)
    {
        var scratch = t_scratch ??= new Scratch();
        scratch.Clear();
        for (var c = 0; c < columns.Count; c++)
        {
            var offset = 0;
            foreach (var word in columns[c])
            {
                if (IndexTokens.IsWholeToken(word))
                {
                    scratch.Add(word, Encode(c, offset++));
                    continue;
                }
                foreach (var token in IndexTokens.Of(word)) scratch.Add(token, Encode(c, offset++));
            }
        }
        var positions = scratch.ToPositions();
        // A huge unit's table is not kept for the thread's lifetime.
        if (positions.Length > KeptScratchTokens) t_scratch = null;
        return positions;
    }

    private const int KeptScratchTokens = 1 << 16;

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>The tokens of the unit being read, in order, each with its term's number; cleared, not freed.</summary>
    private sealed class Scratch
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
        private readonly List<string> _terms = [];
        private readonly List<int> _tokenTerms = [];
        private readonly List<int> _tokenPositions = [];

        public void Clear()
        {
            _numbers.Clear();
            _terms.Clear();
            _tokenTerms.Clear();
            _tokenPositions.Clear();
        }

        public void Add(string token, int position)
        {
            if (!_numbers.TryGetValue(token, out var number))
            {
                number = _terms.Count;
                _numbers[token] = number;
                _terms.Add(token);
            }
            _tokenTerms.Add(number);
            _tokenPositions.Add(position);
        }

        /// <summary>The tokens grouped by term (a counting sort), each term's positions kept in token order.</summary>
        public UnitTermPositions ToPositions()
        {
            var starts = new int[_terms.Count + 1];
            foreach (var term in _tokenTerms) starts[term + 1]++;
            for (var i = 1; i < starts.Length; i++) starts[i] += starts[i - 1];
            var next = starts[..^1];
            var positions = new int[_tokenTerms.Count];
            for (var k = 0; k < _tokenTerms.Count; k++) positions[next[_tokenTerms[k]]++] = _tokenPositions[k];
            return new UnitTermPositions([.. _terms], starts, positions);
        }
    }
}
