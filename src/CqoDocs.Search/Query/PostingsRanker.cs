using CqoDocs.Search.Index;

namespace CqoDocs.Search.Query;

/// <summary>
/// The same ranking as <see cref="FtsRanker"/>, computed from the postings stored beside the FTS5 table:
/// each term's BM25 contributions and positions are read (and cached) as one list, lists are merged in
/// memory, and the phrase boost is checked from positions for the best candidates only. The cost no longer
/// grows with FTS5 scoring every row of a common word. Answers unfiltered queries; returns null otherwise.
/// </summary>
internal sealed class PostingsRanker(SearchIndex index, RankingWeights weights)
{
    public Ranking? Rank(ParsedQuery parsed, SearchFilter filter, int limit, bool countTotal)
    {
        var any = parsed.AllTerms.ToList();
        // A term FTS5 would cut into several tokens is a phrase to it, not one posting list here.
        if (!filter.IsEmpty || !any.All(IndexTokens.IsSingle)) return null;
        var lists = any.Select(t => TermScores.Of(index, t, weights)).ToList();
        var words = parsed.Words.Count;
        var topics = parsed.Topics.Count > 0 ? TopicMembers.Of(index, parsed.Topics) : null;
        var byTerm = any.Zip(lists).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        var phrase = words > 1 ? new PhraseMatcher(parsed.Sequence.Select(t => byTerm[t]).ToList()) : null;
        var boost = new Boost(weights, phrase is not null, topics);

        IReadOnlyList<RankedUnit> ranked = [];
        if (words > 1 || any.Count > words)
        {
            ranked = TopOfIntersection.Find(lists.Take(words).ToList(), limit, words,
                (id, relevance) => relevance * boost.Factor(id, phrase?.Holds(id) ?? false), boost.MaxFactor) ?? [];
        }
        Candidates? some = null;
        if (ranked.Count < limit)
        {
            some = Union(lists, any.Count == 1 ? words : -1, words);
            ranked = Top(some, limit, boost, phrase);
        }
        int? total = countTotal ? some?.Count ?? UnionCount(lists) : null;
        return new Ranking(ranked, total);
    }

    /// <summary>Matching units with their coverage and unboosted BM25, in parallel arrays.</summary>
    private sealed class Candidates(int capacity)
    {
        public List<long> Ids { get; } = new(capacity);
        public List<int> Coverage { get; } = new(capacity);
        public List<double> Relevance { get; } = new(capacity);
        public int Count => Ids.Count;

        public void Add(long id, int coverage, double relevance)
        {
            Ids.Add(id);
            Coverage.Add(coverage);
            Relevance.Add(relevance);
        }
    }

    /// <summary>Units in any list. Coverage counts the first <paramref name="words"/> lists (the words, not
    /// their parts) a unit is in, or is <paramref name="fixedCoverage"/> when that is not negative.</summary>
    private static Candidates Union(List<TermScores> lists, int fixedCoverage, int words)
    {
        var result = new Candidates(lists.Count == 0 ? 0 : lists.Max(l => l.Count));
        var at = new int[lists.Count];
        while (true)
        {
            var next = long.MaxValue;
            for (var l = 0; l < lists.Count; l++) if (at[l] < lists[l].Count) next = Math.Min(next, lists[l].Ids[at[l]]);
            if (next == long.MaxValue) return result;
            var coverage = 0;
            var relevance = 0.0;
            for (var l = 0; l < lists.Count; l++)
            {
                if (at[l] >= lists[l].Count || lists[l].Ids[at[l]] != next) continue;
                relevance += lists[l].Scores[at[l]];
                if (l < words) coverage++;
                at[l]++;
            }
            result.Add(next, fixedCoverage >= 0 ? fixedCoverage : coverage, relevance);
        }
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

    /// <summary>
    /// The best <paramref name="limit"/> units. Without a phrase the boosts are known for every unit. With
    /// one, units are taken in order of their best possible score (as if they held the phrase), the phrase is
    /// checked for those only, and more are taken until no unchecked unit could still rank among the best.
    /// </summary>
    private static List<RankedUnit> Top(Candidates candidates, int limit, Boost boost, PhraseMatcher? phrase)
    {
        if (phrase is null) return Best(candidates, limit, i => boost.Apply(candidates, i, phrase: false)).Select(b => b.Key).ToList();
        for (var taken = Math.Max(4 * limit, 32); ; taken *= 4)
        {
            var bounds = Best(candidates, taken + 1, i => boost.Apply(candidates, i, phrase: true));
            var exact = bounds.Take(taken)
                .Select(b => boost.Apply(candidates, b.Index, phrase.Holds(b.Key.Id)))
                .Order(Comparer<RankedUnit>.Create(RankedUnit.Compare)).Take(limit).ToList();
            if (bounds.Count <= taken) return exact;
            if (exact.Count == limit && RankedUnit.Compare(exact[^1], bounds[taken].Key) < 0) return exact;
        }
    }

    /// <summary>The first <paramref name="count"/> candidates in ranking order of <paramref name="key"/>.</summary>
    private static List<(int Index, RankedUnit Key)> Best(Candidates candidates, int count, Func<int, RankedUnit> key)
    {
        var worstFirst = Comparer<RankedUnit>.Create((a, b) => RankedUnit.Compare(b, a));
        var heap = new PriorityQueue<int, RankedUnit>(count + 1, worstFirst);
        for (var i = 0; i < candidates.Count; i++)
        {
            var k = key(i);
            if (heap.Count < count) heap.Enqueue(i, k);
            else if (heap.TryPeek(out _, out var worst) && RankedUnit.Compare(k, worst) < 0) heap.EnqueueDequeue(i, k);
        }
        var result = new List<(int, RankedUnit)>(heap.Count);
        while (heap.TryDequeue(out var i, out var k)) result.Add((i, k));
        result.Reverse();
        return result;
    }

    /// <summary>relevance × (1 + phrase boost + topic boost), the same sum as FtsRanker's SQL.</summary>
    private sealed class Boost(RankingWeights weights, bool hasPhrase, HashSet<long>? topics)
    {
        public RankedUnit Apply(Candidates c, int i, bool phrase) =>
            new(c.Ids[i], c.Coverage[i], c.Relevance[i] * Factor(c.Ids[i], phrase));

        public double MaxFactor => Factor(phrase: true, topic: true);

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
