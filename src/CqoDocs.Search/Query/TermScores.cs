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

    /// <summary>Indexes of the postings from the highest score down, sorted once per term.</summary>
    public int[] ByScore => _byScore ??= SortByScore();

    /// <summary>Where a unit is in the postings, or a negative number when the term is not in it.</summary>
    public int IndexOf(long id) => Array.BinarySearch(Ids, id);

    private int[] SortByScore()
    {
        var order = new int[Ids.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var keys = Scores.Select(s => -s).ToArray();
        Array.Sort(keys, order);
        return order;
    }

    /// <summary>The term's positions in a unit; empty when the unit does not hold it.</summary>
    public ReadOnlySpan<int> PositionsIn(long id)
    {
        var i = Array.BinarySearch(Ids, id);
        return i < 0 ? [] : Positions.AsSpan(Starts[i], Starts[i + 1] - Starts[i]);
    }

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
