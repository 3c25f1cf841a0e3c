using CqoDocs.Search.Query;

namespace CqoDocs.Search.Tests.Query;

public sealed class TermScoresTests
{
    [Fact]
    public void Postings_are_ordered_by_score_from_the_highest_down_and_equal_scores_by_row_id()
    {
        var random = new Random(11);
        // Few distinct scores, so most postings tie with others.
        var scores = Enumerable.Range(0, 5000).Select(_ => random.Next(40) / 8.0).ToArray();
        var list = new TermScores(Enumerable.Range(1, scores.Length).Select(i => (long)i).ToArray(), scores, new int[scores.Length + 1], []);

        var expected = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i);

        Assert.Equal(expected, list.ByScore);
    }

    [Fact]
    public void Scores_that_differ_in_the_last_bit_keep_their_order()
    {
        var high = 1.0;
        var low = Math.BitDecrement(high);
        var list = new TermScores([1, 2, 3, 4], [low, 0.0, high, low], new int[5], []);

        Assert.Equal([2, 0, 3, 1], list.ByScore);
    }
}
