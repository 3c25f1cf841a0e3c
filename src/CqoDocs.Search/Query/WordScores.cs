using CqoDocs.Search.Index;

namespace CqoDocs.Search.Query;

/// <summary>
/// The posting list of a query word with synonyms, built from its terms' lists so the rankers see one list
/// per word: the units holding every term of some alternative. A unit holding the word as typed is scored
/// with that alternative's BM25 alone; a unit holding only a synonym, with the synonym's BM25 rescaled to
/// the typed word's IDF, as if it said the typed word. A rare synonym (CQO beside the ubiquitous 首席质量官)
/// therefore neither lifts a unit that also says the word nor outranks it when said instead.
/// A word of one term is simply that term's list. FTS5's bm25() can only sum the phrases of an OR query,
/// so the FTS5 reference ranking (a test's) agrees with this one on words without synonyms only.
/// </summary>
internal static class WordScores
{
    public static TermScores Of(SearchIndex index, QueryWord word, RankingWeights weights)
    {
        if (word.IsSingleTerm) return TermScores.Of(index, word.Term, weights);
        var key = string.Join("|", word.Alternatives.Select(a => string.Join(" ", a)));
        return TermScores.CacheOf(index).Get((nameof(WordScores), key, weights), () =>
            Merge(word, word.Terms.Select(t => TermScores.Of(index, t, weights)).ToList(), index.Statistics.Units));
    }

    private static TermScores Merge(QueryWord word, List<TermScores> lists, int units)
    {
        var terms = word.Terms.ToList();
        // Each alternative as the indexes of its terms' lists, the typed word first.
        var alternatives = word.Alternatives.Select(a => a.Select(t => terms.IndexOf(t)).ToArray()).ToArray();
        var idfs = alternatives.Select(a => a.Sum(l => Bm25.Idf(units, lists[l].Count))).ToArray();
        var ids = new List<long>();
        var scores = new List<double>();
        var at = new int[lists.Count];
        var present = new bool[lists.Count];
        var termScore = new double[lists.Count];
        while (true)
        {
            var next = long.MaxValue;
            for (var l = 0; l < lists.Count; l++) if (at[l] < lists[l].Count) next = Math.Min(next, lists[l].Ids[at[l]]);
            if (next == long.MaxValue) break;
            for (var l = 0; l < lists.Count; l++)
            {
                present[l] = at[l] < lists[l].Count && lists[l].Ids[at[l]] == next;
                termScore[l] = present[l] ? lists[l].Scores[at[l]++] : 0.0;
            }
            var best = -1.0;
            for (var a = 0; a < alternatives.Length; a++)
            {
                if (!alternatives[a].All(l => present[l])) continue;
                var score = 0.0;
                foreach (var l in alternatives[a]) score += termScore[l];
                if (a == 0)
                {
                    best = score;
                    break;
                }
                best = Math.Max(best, score * idfs[0] / idfs[a]);
            }
            if (best < 0) continue;
            ids.Add(next);
            scores.Add(best);
        }
        // Positions serve the phrase check, which reads the terms' own lists: none here.
        return new TermScores(ids.ToArray(), scores.ToArray(), new int[ids.Count + 1], []);
    }
}
