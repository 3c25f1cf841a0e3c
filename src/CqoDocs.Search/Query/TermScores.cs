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

    private int[] SortByScore()
    {
        var order = new int[Ids.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => Scores[a] != Scores[b] ? Scores[b].CompareTo(Scores[a]) : a.CompareTo(b));
        return order;
    }

    /// <summary>The term's positions in the unit at <paramref name="index"/> of the postings.</summary>
    public ReadOnlySpan<int> PositionsAt(int index) => Positions.AsSpan(Starts[index], Starts[index + 1] - Starts[index]);

    /// <summary>Computed from the index's postings once per open index and weights, then reused.</summary>
    public static TermScores Of(SearchIndex index, string term, RankingWeights weights) =>
        index.Cached((nameof(TermScores), term, weights), () =>
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
