using CqoDocs.Search.Index;

namespace CqoDocs.Search.Query;

/// <summary>
/// One term's BM25 contribution in every unit that holds it, by increasing row id, with its positions there
/// (those of unit i are <c>Positions[Starts[i]..Starts[i + 1]]</c>).
/// </summary>
internal sealed record TermScores(long[] Ids, double[] Scores, int[] Starts, int[] Positions)
{
    private int[]? _byScore;

    public int Count => Ids.Length;

    /// <summary>Indexes of the postings from the highest score down, equal scores by row id, sorted once per term.</summary>
    public int[] ByScore => _byScore ??= SortByScore();

    /// <summary>Where a unit is in the postings, or a negative number when the term is not in it.</summary>
    public int IndexOf(long id) => Array.BinarySearch(Ids, id);

    /// <summary>
    /// Sorted by a 64-bit key per posting rather than by a comparison delegate (a common word's list is sorted
    /// the first time it is read, and the delegate's calls made that most of a query's cost); equal scores are
    /// then put back in row id order run by run.
    /// </summary>
    private int[] SortByScore()
    {
        var order = new int[Ids.Length];
        var keys = new ulong[Ids.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            keys[i] = ~Ascending(Scores[i]);
        }
        Array.Sort(keys, order);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (end - start > 1) Array.Sort(order, start, end - start);
            start = end;
        }
        return order;
    }

    /// <summary>A key that orders doubles as their values do (IEEE 754 bits, the negatives' flipped).</summary>
    private static ulong Ascending(double score)
    {
        var bits = BitConverter.DoubleToUInt64Bits(score == 0 ? 0.0 : score);
        return (bits & SignBit) != 0 ? ~bits : bits | SignBit;
    }

    private const ulong SignBit = 1UL << 63;

    /// <summary>The lists kept for an open index (one object in its cache, used by every query, so never the one it drops).</summary>
    public static ScoredListCache CacheOf(SearchIndex index) =>
        index.Cached(nameof(ScoredListCache), () => new ScoredListCache(ScoredListCache.DefaultBudgetBytes));

    /// <summary>The term's positions in the unit at <paramref name="index"/> of the postings.</summary>
    public ReadOnlySpan<int> PositionsAt(int index) => Positions.AsSpan(Starts[index], Starts[index + 1] - Starts[index]);

    /// <summary>Computed from the index's postings once per open index and weights, then reused.</summary>
    public static TermScores Of(SearchIndex index, string term, RankingWeights weights) =>
        CacheOf(index).Get((nameof(TermScores), term, weights), () =>
        {
            var statistics = index.Statistics;
            double[] columns = [weights.Heading, weights.Body, weights.Topics, weights.Context];
            var postings = statistics.Postings(term, columns);
            var idf = Bm25.Idf(statistics.Units, postings.Ids.Length);
            var scores = new double[postings.Ids.Length];
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i] = Bm25.Term(idf, postings.WeightedCounts[i], statistics.LengthOf(postings.Ids[i]), statistics.AverageLength);
            }
            return new TermScores(postings.Ids, scores, postings.Starts, postings.Positions);
        });
}
