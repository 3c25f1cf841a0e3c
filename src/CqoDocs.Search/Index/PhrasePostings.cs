namespace CqoDocs.Search.Index;

/// <summary>
/// The postings of a term our tokens cut into several (<see cref="IndexTokens"/>), read as a phrase the way
/// FTS5 reads it: the units holding its tokens at consecutive offsets of one column, each occurrence counted
/// where it starts. Positions are those starts, so the result scores and phrase-matches like a one-token term.
/// </summary>
internal static class PhrasePostings
{
    public static PostingsCodec.Decoded Of(IReadOnlyList<PostingsCodec.Decoded> tokens, ReadOnlySpan<double> columnWeights)
    {
        if (tokens.Count == 0) return new PostingsCodec.Decoded([], [], [0], []);
        var ids = new List<long>();
        var weighted = new List<double>();
        var starts = new List<int> { 0 };
        var positions = new List<int>();
        var at = new int[tokens.Count];
        var first = tokens[0];
        for (var i = 0; i < first.Ids.Length; i++)
        {
            var id = first.Ids[i];
            if (!AllHold(tokens, at, id)) continue;
            at[0] = i;
            var sum = 0.0;
            foreach (var start in Span(first, i))
            {
                if (!Follows(tokens, at, start)) continue;
                positions.Add(start);
                sum += columnWeights[UnitTermPositions.ColumnOf(start)];
            }
            if (positions.Count == starts[^1]) continue;
            ids.Add(id);
            weighted.Add(sum);
            starts.Add(positions.Count);
        }
        return new PostingsCodec.Decoded(ids.ToArray(), weighted.ToArray(), starts.ToArray(), positions.ToArray());
    }

    /// <summary>Moves each later token's cursor to <paramref name="id"/>; false when one of them is not in that unit.</summary>
    private static bool AllHold(IReadOnlyList<PostingsCodec.Decoded> tokens, int[] at, long id)
    {
        for (var t = 1; t < tokens.Count; t++)
        {
            var ids = tokens[t].Ids;
            while (at[t] < ids.Length && ids[at[t]] < id) at[t]++;
            if (at[t] >= ids.Length || ids[at[t]] != id) return false;
        }
        return true;
    }

    private static bool Follows(IReadOnlyList<PostingsCodec.Decoded> tokens, int[] at, int start)
    {
        for (var t = 1; t < tokens.Count; t++)
        {
            if (Span(tokens[t], at[t]).BinarySearch(start + t) < 0) return false;
        }
        return true;
    }

    private static ReadOnlySpan<int> Span(PostingsCodec.Decoded postings, int index) =>
        postings.Positions.AsSpan(postings.Starts[index], postings.Starts[index + 1] - postings.Starts[index]);
}
