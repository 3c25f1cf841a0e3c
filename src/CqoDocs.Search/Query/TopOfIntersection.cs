namespace CqoDocs.Search.Query;

/// <summary>
/// The best units among those holding every term, without visiting them all (Fagin's threshold algorithm):
/// the term lists are read from their highest score down, in step; each unit met is looked up in the other
/// lists and scored exactly; reading stops once no unit not yet met could score above the current last
/// of the best, since its score cannot exceed the sum of the scores at the lists' reading depth.
/// </summary>
internal static class TopOfIntersection
{
    /// <param name="boosted">A unit's final relevance from its row id and summed BM25.</param>
    /// <param name="maxFactor">The largest factor <paramref name="boosted"/> can apply.</param>
    /// <returns>The best <paramref name="limit"/>, or null when fewer units than that hold every term.</returns>
    public static List<RankedUnit>? Find(IReadOnlyList<TermScores> lists, int limit, int coverage,
        Func<long, double, double> boosted, double maxFactor)
    {
        if (lists.Any(l => l.Count == 0)) return null;
        var orders = lists.Select(l => l.ByScore).ToArray();
        var seen = new HashSet<long>();
        var worstFirst = Comparer<RankedUnit>.Create((a, b) => RankedUnit.Compare(b, a));
        var best = new PriorityQueue<RankedUnit, RankedUnit>(limit + 1, worstFirst);
        var at = new int[lists.Count];
        for (var depth = 0; ; depth++)
        {
            for (var l = 0; l < lists.Count; l++)
            {
                // A list read to its end has shown every unit that holds all the terms.
                if (depth >= orders[l].Length) return best.Count < limit ? null : Drain(best);
                var id = lists[l].Ids[orders[l][depth]];
                if (!seen.Add(id)) continue;
                var relevance = 0.0;
                var inAll = true;
                for (var m = 0; m < lists.Count && inAll; m++)
                {
                    at[m] = m == l ? orders[l][depth] : lists[m].IndexOf(id);
                    inAll = at[m] >= 0;
                    if (inAll) relevance += lists[m].Scores[at[m]];
                }
                if (!inAll) continue;
                var unit = new RankedUnit(id, coverage, boosted(id, relevance));
                if (best.Count < limit) best.Enqueue(unit, unit);
                else if (best.TryPeek(out _, out var worst) && RankedUnit.Compare(unit, worst) < 0) best.EnqueueDequeue(unit, unit);
            }
            if (best.Count < limit || !best.TryPeek(out _, out var last)) continue;
            var threshold = 0.0;
            for (var l = 0; l < lists.Count; l++)
            {
                threshold += depth + 1 < orders[l].Length ? lists[l].Scores[orders[l][depth + 1]] : 0.0;
            }
            if (last.Relevance > threshold * maxFactor) return Drain(best);
        }
    }

    private static List<RankedUnit> Drain(PriorityQueue<RankedUnit, RankedUnit> best)
    {
        var result = new List<RankedUnit>(best.Count);
        while (best.TryDequeue(out var unit, out _)) result.Add(unit);
        result.Reverse();
        return result;
    }
}
