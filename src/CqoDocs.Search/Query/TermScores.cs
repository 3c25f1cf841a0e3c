using CqoDocs.Search.Index;

namespace CqoDocs.Search.Query;

/// <summary>One term's BM25 contribution in every unit that holds it, by increasing row id.</summary>
internal sealed record TermScores(long[] Ids, double[] Scores)
{
    public int Count => Ids.Length;

    /// <summary>Computed from the index's postings once per open index and weights, then reused.</summary>
    public static TermScores Of(SearchIndex index, string term, RankingWeights weights) =>
        index.Cached((nameof(TermScores), term, weights), () =>
        {
            var statistics = index.Statistics;
            double[] columns = [weights.Heading, weights.Body, weights.Topics, weights.Context];
            var (ids, counts) = statistics.Postings(term, columns);
            var idf = Bm25.Idf(statistics.Units, ids.Length);
            var scores = new double[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                scores[i] = Bm25.Term(idf, counts[i], statistics.LengthOf(ids[i]), statistics.AverageLength);
            }
            return new TermScores(ids, scores);
        });
}
