using CqoDocs.Search.Index;

namespace CqoDocs.Search.Query;

/// <summary>
/// The same ranking as <see cref="FtsRanker"/>, computed from the postings stored beside the FTS5 table:
/// each term's BM25 contributions and positions are read (and cached per open index) as one list, the
/// best units are found by reading the lists from their best score down (<see cref="TopOfIntersection"/>,
/// <see cref="TopOfUnion"/>), and the phrase boost is checked from positions for the units met only. The
/// cost no longer grows with FTS5 scoring every row of a common word. Answers unfiltered queries; returns
/// null otherwise.
/// </summary>
internal sealed class PostingsRanker(SearchIndex index, RankingWeights weights)
{
    public Ranking? Rank(ParsedQuery parsed, SearchFilter filter, int limit, bool countTotal)
    {
        // A term FTS5 would cut into several tokens is a phrase to it, not one posting list here.
        if (!filter.IsEmpty || !parsed.AllTerms.All(IndexTokens.IsSingle)) return null;
        // One list per word (its synonyms merged in), then one per part.
        var lists = parsed.Words.Select(w => WordScores.Of(index, w, weights))
            .Concat(parsed.Parts.Select(t => TermScores.Of(index, t, weights))).ToList();
        var words = parsed.Words.Count;
        var topics = parsed.Topics.Count > 0 ? TopicMembers.Of(index, parsed.Topics) : null;
        var phrase = words > 1 ? new PhraseMatcher(parsed.Sequence.Select(t => TermScores.Of(index, t, weights)).ToList()) : null;
        var boost = new Boost(weights, phrase is not null, topics);

        // Only a unit with every word can hold the whole query as a phrase: the others skip the check.
        Func<long, int, double, double> boosted = (id, coverage, relevance) =>
            relevance * boost.Factor(id, coverage == words && (phrase?.Holds(id) ?? false));
        // The all-words query first; when fewer units than the limit hold every word, the others by coverage.
        var (ranked, enough) = TopOfIntersection.Find(lists.Take(Math.Max(words, 1)).ToList(), limit, words, boosted, boost.MaxFactor);
        if (!enough && lists.Count > 1)
        {
            // Holding the phrase means holding every word: no unit left to find can have the phrase boost.
            ranked = TopOfUnion.Find(lists, words, ranked.Select(r => r.Id), limit, boosted, boost.MaxFactorWithoutPhrase);
        }
        int? total = countTotal ? UnionCount(lists) : null;
        return new Ranking(ranked, total);
    }

    private static int UnionCount(List<TermScores> lists)
    {
        if (lists.Count == 1) return lists[0].Count;
        var at = new int[lists.Count];
        var count = 0;
        while (true)
        {
            var next = long.MaxValue;
            for (var l = 0; l < lists.Count; l++) if (at[l] < lists[l].Count) next = Math.Min(next, lists[l].Ids[at[l]]);
            if (next == long.MaxValue) return count;
            count++;
            for (var l = 0; l < lists.Count; l++) if (at[l] < lists[l].Count && lists[l].Ids[at[l]] == next) at[l]++;
        }
    }

    /// <summary>relevance × (1 + phrase boost + topic boost), the same sum as FtsRanker's SQL.</summary>
    private sealed class Boost(RankingWeights weights, bool hasPhrase, HashSet<long>? topics)
    {
        public double MaxFactor => Factor(phrase: true, topic: true);

        public double MaxFactorWithoutPhrase => Factor(phrase: false, topic: true);

        public double Factor(long id, bool phrase) => Factor(phrase, topics?.Contains(id) ?? false);

        private double Factor(bool phrase, bool topic)
        {
            var factor = 1.0;
            if (hasPhrase) factor += weights.PhraseBoost * (phrase ? 1 : 0);
            if (topics is not null) factor += weights.TopicBoost * (topic ? 1 : 0);
            return factor;
        }
    }
}
