namespace CqoDocs.Search.Query;

/// <summary>
/// The best units holding any of the terms, ranked by how many of the words they hold, then relevance,
/// when fewer than the limit hold every word. Those are all known already; every other unit holds at most
/// one word fewer, so the threshold algorithm applies to the rest as in <see cref="TopOfIntersection"/>:
/// lists read from their best score down, each unit met scored exactly from all lists, reading stopped
/// once no unit not yet met could rank above the current last of the best. Units outside the filter's
/// allowed set are passed over, as in <see cref="TopOfIntersection"/>.
/// </summary>
internal static class TopOfUnion
{
    /// <param name="lists">The words' lists first (<paramref name="words"/> of them), then their parts'.</param>
    /// <param name="holdingAll">Every allowed unit that holds all the words.</param>
    /// <param name="allowed">The only units that may be returned; null for all.</param>
    public static List<RankedUnit> Find(IReadOnlyList<TermScores> lists, int words, IEnumerable<long> holdingAll,
        int limit, Func<long, int, double, double> boosted, double maxFactor, UnitSet? allowed = null)
    {
        // Few units allowed: scoring each costs less than any reading of the lists.
        if (allowed is not null && allowed.Count <= TopOfIntersection.ReadingBudget) return Allowed(lists, words, allowed, limit, boosted);
        var worstFirst = Comparer<RankedUnit>.Create((a, b) => RankedUnit.Compare(b, a));
        var best = new PriorityQueue<RankedUnit, RankedUnit>(limit + 1, worstFirst);
        var seen = new HashSet<long>();
        foreach (var id in holdingAll)
        {
            seen.Add(id);
            TopOfIntersection.Offer(best, limit, Score(lists, words, id, -1, -1, boosted));
        }
        var orders = lists.Select(l => l.ByScore).ToArray();
        var longest = lists.Max(l => l.Count);
        var passedOver = 0;
        for (var depth = 0; depth < longest; depth++)
        {
            for (var l = 0; l < lists.Count; l++)
            {
                if (depth >= orders[l].Length) continue;
                var id = lists[l].Ids[orders[l][depth]];
                if (allowed is not null && !allowed.Contains(id))
                {
                    if (++passedOver > TopOfIntersection.PassingBudget) return Everything(lists, words, limit, boosted, maxFactor, allowed);
                    continue;
                }
                if (!seen.Add(id)) continue;
                TopOfIntersection.Offer(best, limit, Score(lists, words, id, l, orders[l][depth], boosted));
            }
            // Scores too even for the bound to bite soon: one pass over every list costs less than reading on.
            if (seen.Count > TopOfIntersection.ReadingBudget) return Everything(lists, words, limit, boosted, maxFactor, allowed);
            if (best.Count < limit || !best.TryPeek(out _, out var last)) continue;
            var threshold = 0.0;
            for (var l = 0; l < lists.Count; l++)
            {
                threshold += depth + 1 < orders[l].Length ? lists[l].Scores[orders[l][depth + 1]] : 0.0;
            }
            if (last.Coverage > words - 1 || (last.Coverage == words - 1 && last.Relevance > threshold * maxFactor)) break;
        }
        return TopOfIntersection.Drain(best);
    }

    /// <summary>Every unit in any list scored, merging the lists by row id.</summary>
    private static List<RankedUnit> Everything(IReadOnlyList<TermScores> lists, int words, int limit, Func<long, int, double, double> boosted,
        double maxFactor, UnitSet? allowed)
    {
        // A lookup costs about a binary search's steps more than a step of the merge.
        if (allowed is not null && allowed.Count * LookupCost < lists.Sum(l => l.Count)) return Allowed(lists, words, allowed, limit, boosted);
        var worstFirst = Comparer<RankedUnit>.Create((a, b) => RankedUnit.Compare(b, a));
        var best = new PriorityQueue<RankedUnit, RankedUnit>(limit + 1, worstFirst);
        var at = new int[lists.Count];
        while (true)
        {
            var next = long.MaxValue;
            for (var l = 0; l < lists.Count; l++) if (at[l] < lists[l].Count) next = Math.Min(next, lists[l].Ids[at[l]]);
            if (next == long.MaxValue) return TopOfIntersection.Drain(best);
            if (allowed is not null && !allowed.Contains(next))
            {
                for (var l = 0; l < lists.Count; l++) if (at[l] < lists[l].Count && lists[l].Ids[at[l]] == next) at[l]++;
                continue;
            }
            var coverage = 0;
            var relevance = 0.0;
            for (var l = 0; l < lists.Count; l++)
            {
                if (at[l] >= lists[l].Count || lists[l].Ids[at[l]] != next) continue;
                relevance += lists[l].Scores[at[l]++];
                if (l < words) coverage++;
            }
            // The boost only raises relevance: a unit that cannot enter the best even at the largest boost is skipped.
            if (!TopOfIntersection.CouldEnter(best, limit, new RankedUnit(next, coverage, relevance * maxFactor))) continue;
            TopOfIntersection.Offer(best, limit, new RankedUnit(next, coverage, boosted(next, coverage, relevance)));
        }
    }

    internal const int LookupCost = 16;

    /// <summary>Every allowed unit found in some list scored: fewer lookups than the lists' postings.</summary>
    private static List<RankedUnit> Allowed(IReadOnlyList<TermScores> lists, int words, UnitSet allowed, int limit,
        Func<long, int, double, double> boosted)
    {
        var best = TopOfIntersection.NewBest(limit);
        foreach (var id in allowed.ToIds())
        {
            if (lists.Any(l => l.IndexOf(id) >= 0)) TopOfIntersection.Offer(best, limit, Score(lists, words, id, -1, -1, boosted));
        }
        return TopOfIntersection.Drain(best);
    }

    /// <summary>A unit scored from every list, its relevance summed in list order as FTS5 sums its phrases.</summary>
    /// <param name="known">A list the unit's place in is known (<paramref name="knownAt"/>), or -1.</param>
    private static RankedUnit Score(IReadOnlyList<TermScores> lists, int words, long id, int known, int knownAt,
        Func<long, int, double, double> boosted)
    {
        var coverage = 0;
        var relevance = 0.0;
        for (var m = 0; m < lists.Count; m++)
        {
            var at = m == known ? knownAt : lists[m].IndexOf(id);
            if (at < 0) continue;
            relevance += lists[m].Scores[at];
            if (m < words) coverage++;
        }
        return new RankedUnit(id, coverage, boosted(id, coverage, relevance));
    }
}
