namespace CqoDocs.Search.Segmentation;

/// <summary>
/// jieba's <c>get_DAG</c> and <c>calc</c> in one right-to-left pass: for each position, every dictionary word
/// starting there (frequency &gt; 0; a position with none counts as the single character, frequency 1) is
/// scored <c>log(freq) - log(total) + best(after the word)</c>, and the best is kept; on equal scores the
/// longer word wins, as Python's <c>max</c> over <c>(score, end)</c> tuples decides.
/// </summary>
internal static class RouteCalculator
{
    /// <summary>Fills <paramref name="ends"/>[i] with the inclusive end of the word the best route takes at i.</summary>
    public static void Compute(PrefixDictionary dictionary, ReadOnlySpan<char> block, Span<double> scores, Span<int> ends)
    {
        var n = block.Length;
        scores[n] = 0;
        var unknown = dictionary.UnknownWeight;
        for (var start = n - 1; start >= 0; start--)
        {
            var bestEnd = start;
            var bestScore = double.NegativeInfinity;
            var found = false;
            var node = dictionary.Root(block[start]);
            var end = start;
            while (node != 0)
            {
                var weight = dictionary.WeightOf(node);
                if (weight != PrefixDictionary.NotAWord)
                {
                    var score = weight + scores[end + 1];
                    if (!found || score >= bestScore)
                    {
                        bestScore = score;
                        bestEnd = end;
                        found = true;
                    }
                }
                if (++end == n) break;
                node = end == start + 1 ? dictionary.Pair(block[start], block[end]) : dictionary.SearchChildren(node, block[end]);
            }
            if (!found) bestScore = unknown + scores[start + 1];
            scores[start] = bestScore;
            ends[start] = bestEnd;
        }
    }
}
