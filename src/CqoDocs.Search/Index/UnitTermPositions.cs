namespace CqoDocs.Search.Index;

/// <summary>
/// Where each term occurs in one unit's full-text columns, and the unit's length in tokens. A position is
/// <see cref="Encode"/>(column, offset): consecutive offsets in one column are consecutive numbers, so a
/// phrase is terms at p, p + 1, p + 2…
/// </summary>
internal sealed record UnitTermPositions(IReadOnlyDictionary<string, List<int>> Terms, int Length)
{
    private const int ColumnShift = 20;
    private const int MaxOffset = (1 << ColumnShift) - 1;

    public static int Encode(int column, int offset) => (column << ColumnShift) | Math.Min(offset, MaxOffset);

    public static int ColumnOf(int position) => position >> ColumnShift;

    public static int OffsetOf(int position) => position & MaxOffset;

    public static UnitTermPositions Of(UnitFields fields) => Of([[fields.Heading], [fields.Body], [fields.Topics], [fields.Context]]);

    /// <param name="columns">Each full-text column's words in order. The tokens are those of the words joined by
    /// spaces (<see cref="UnitFields"/>), so a word is its own token unless it holds characters that cut it.</param>
    public static UnitTermPositions Of(IReadOnlyList<IEnumerable<string>> columns)
    {
        // Sized for every word being distinct (most are): growing from empty copied the table five or six times.
        var words = 0;
        foreach (var column in columns) words += column.TryGetNonEnumeratedCount(out var n) ? n : 0;
        var terms = new Dictionary<string, List<int>>(words + 8, StringComparer.Ordinal);
        var length = 0;
        for (var c = 0; c < columns.Count; c++)
        {
            var offset = 0;
            foreach (var word in columns[c])
            {
                if (IndexTokens.IsWholeToken(word))
                {
                    Add(word, c, offset++);
                    continue;
                }
                foreach (var token in IndexTokens.Of(word)) Add(token, c, offset++);
            }
        }
        return new UnitTermPositions(terms, length);

        void Add(string token, int column, int offset)
        {
            length++;
            if (!terms.TryGetValue(token, out var list)) terms[token] = list = new List<int>(1);
            list.Add(Encode(column, offset));
        }
    }
}
