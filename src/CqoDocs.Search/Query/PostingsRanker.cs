using CqoDocs.Search.Index;

namespace CqoDocs.Search.Query;

/// <summary>
/// The ranking FTS5's bm25() would give (a test keeps an FTS5 table of the same units as the reference),
/// computed from the stored postings: each term's BM25 contributions and positions are read (and cached per
/// open index) as one list, the best units are found by reading the lists from their best score down
/// (<see cref="TopOfIntersection"/>, <see cref="TopOfUnion"/>), and the phrase boost is checked from
/// positions for the units met only. Filters are applied as the lists are read, from the units each filter
/// value admits (<see cref="FilterSets"/>): a filtered ranking is the unfiltered one with the units the
/// filter refuses left out. A term our tokens cut into several is a phrase, as FTS5 reads it
/// (<see cref="PhrasePostings"/>).
/// </summary>
internal sealed class PostingsRanker(SearchIndex index, RankingWeights weights)
{
    public Ranking Rank(ParsedQuery parsed, SearchFilter filter, int limit, bool countTotal)
    {
        var allowed = FilterSets.Of(index).Allowed(filter);
        // One list per word (its synonyms merged in), then one per part.
        var lists = parsed.Words.Select(w => WordScores.Of(index, w, weights))
            .Concat(parsed.Parts.Select(t => TermScores.Of(index, t, weights))).ToList();
        var words = parsed.Words.Count;
        var topics = parsed.Topics.Count > 0 ? TopicMembers.Of(index, parsed.Topics) : null;
        // The phrase is every token of the query in order, a term of several tokens being its tokens.
        var phrase = words > 1 ? new PhraseMatcher(parsed.Sequence.SelectMany(IndexTokens.Of).Select(t => TermScores.Of(index, t, weights)).ToList()) : null;
        var boost = new Boost(weights, phrase is not null, topics);

        // Only a unit with every word can hold the whole query as a phrase: the others skip the check.
        Func<long, int, double, double> boosted = (id, coverage, relevance) =>
            relevance * boost.Factor(id, coverage == words && (phrase?.Holds(id) ?? false));
        // The all-words query first; when fewer units than the limit hold every word, the others by coverage.
        var (ranked, enough) = TopOfIntersection.Find(lists.Take(Math.Max(words, 1)).ToList(), limit, words, boosted, boost.MaxFactor, allowed);
        if (!enough && lists.Count > 1)
        {
            // Holding the phrase means holding every word: no unit left to find can have the phrase boost.
            ranked = TopOfUnion.Find(lists, words, ranked.Select(r => r.Id), limit, boosted, boost.MaxFactorWithoutPhrase, allowed);
        }
        int? total = countTotal ? UnionCount(lists, allowed) : null;
        return new Ranking(ranked, total);
    }

    private static int UnionCount(List<TermScores> lists, UnitSet? allowed)
    {
        if (allowed is not null) return AllowedCount(lists, allowed);
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

    /// <summary>Allowed units in any list: the allowed ones looked up when they are fewer than the postings.</summary>
    private static int AllowedCount(List<TermScores> lists, UnitSet allowed)
    {
        if (allowed.Count * TopOfUnion.LookupCost < lists.Sum(l => l.Count)) return allowed.ToIds().Count(id => lists.Any(l => l.IndexOf(id) >= 0));
        if (lists.Count == 1) return lists[0].Ids.Count(allowed.Contains);
        var counted = new UnitSet(lists.Max(l => l.Count == 0 ? 0 : l.Ids[^1]));
        var count = 0;
        foreach (var id in lists.SelectMany(l => l.Ids))
        {
            if (!allowed.Contains(id) || counted.Contains(id)) continue;
            counted.Add(id);
            count++;
        }
        return count;
    }

    /// <summary>relevance × (1 + phrase boost + topic boost), as FTS5's reference ranking sums it.</summary>
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
