namespace CqoDocs.Search.Query;

/// <summary>
/// The best units among those holding every term, without visiting them all (Fagin's threshold algorithm):
/// the term lists are read from their highest score down, in step; each unit met is looked up in the other
/// lists and scored exactly; reading stops once no unit not yet met could score above the current last
/// of the best, since its score cannot exceed the sum of the scores at the lists' reading depth.
/// When the rarest term's list is short, its units are looked up directly instead. Under a filter, units
/// outside the allowed set are passed over where they are met (the bound still holds for those left); when
/// few units are allowed, or too many are passed over, the allowed units are looked up directly instead.
/// </summary>
internal static class TopOfIntersection
{
    /// <param name="boosted">A unit's final relevance from its row id, coverage and summed BM25.</param>
    /// <param name="maxFactor">The largest factor <paramref name="boosted"/> can apply.</param>
    /// <param name="allowed">The only units that may be returned; null for all.</param>
    /// <returns>The best <paramref name="limit"/>; when fewer units hold every term, all of them (Enough false).</returns>
    public static (List<RankedUnit> Units, bool Enough) Find(IReadOnlyList<TermScores> lists, int limit, int coverage,
        Func<long, int, double, double> boosted, double maxFactor, UnitSet? allowed = null)
    {
        if (lists.Any(l => l.Count == 0)) return ([], false);
        var best = NewBest(limit);
        var smallest = lists.MinBy(l => l.Count)!;
        if (Math.Min(smallest.Count, allowed?.Count ?? int.MaxValue) <= DirectLimit)
        {
            return Direct(lists, smallest, allowed, limit, coverage, boosted, maxFactor, best);
        }
        var orders = lists.Select(l => l.ByScore).ToArray();
        var seen = new HashSet<long>();
        var passedOver = 0;
        var at = new int[lists.Count];
        for (var depth = 0; ; depth++)
        {
            for (var l = 0; l < lists.Count; l++)
            {
                // A list read to its end has shown every unit that holds all the terms.
                if (depth >= orders[l].Length) return (Drain(best), best.Count >= limit);
                var id = lists[l].Ids[orders[l][depth]];
                if (allowed is not null && !allowed.Contains(id))
                {
                    // A filter that admits few of the best units: looking up the rarest list's admitted units costs less.
                    if (++passedOver > PassingBudget) return Direct(lists, smallest, allowed, limit, coverage, boosted, maxFactor, NewBest(limit));
                    continue;
                }
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
                Offer(best, limit, new RankedUnit(id, coverage, boosted(id, coverage, relevance)));
            }
            if (seen.Count > ReadingBudget) return Direct(lists, smallest, allowed, limit, coverage, boosted, maxFactor, NewBest(limit));
            if (best.Count < limit || !best.TryPeek(out _, out var last)) continue;
            var threshold = 0.0;
            for (var l = 0; l < lists.Count; l++)
            {
                threshold += depth + 1 < orders[l].Length ? lists[l].Scores[orders[l][depth + 1]] : 0.0;
            }
            if (last.Relevance > threshold * maxFactor) return (Drain(best), true);
            // One list read by (score, row id): a unit not yet met that ties the bound comes after it by row id.
            if (lists.Count == 1 && depth + 1 < orders[0].Length
                && RankedUnit.Compare(last, new RankedUnit(lists[0].Ids[orders[0][depth + 1]], coverage, threshold * maxFactor)) < 0)
            {
                return (Drain(best), true);
            }
        }
    }

    /// <summary>
    /// Up to this many units in the rarest term's list (or allowed by the filter), they are simply each looked up in the lists:
    /// cheaper than reading all lists by score when the answer may lie anywhere in a short list.
    /// </summary>
    private const int DirectLimit = 4096;

    /// <summary>The rarest list's units, or the allowed units when fewer, each looked up in every list.</summary>
    private static (List<RankedUnit>, bool) Direct(IReadOnlyList<TermScores> lists, TermScores smallest, UnitSet? allowed, int limit,
        int coverage, Func<long, int, double, double> boosted, double maxFactor, PriorityQueue<RankedUnit, RankedUnit> best)
    {
        var fromAllowed = allowed is not null && allowed.Count < smallest.Count;
        var candidates = fromAllowed ? allowed!.ToIds() : smallest.Ids;
        var found = 0;
        var at = new int[lists.Count];
        foreach (var id in candidates)
        {
            if (!fromAllowed && allowed is not null && !allowed.Contains(id)) continue;
            var relevance = 0.0;
            var inAll = true;
            // Row ids only increase: each list is walked forward once.
            for (var m = 0; m < lists.Count && inAll; m++)
            {
                var ids = lists[m].Ids;
                at[m] = SeekFrom(ids, at[m], id);
                inAll = at[m] < ids.Length && ids[at[m]] == id;
                if (inAll) relevance += lists[m].Scores[at[m]];
            }
            if (!inAll) continue;
            found++;
            if (!CouldEnter(best, limit, new RankedUnit(id, coverage, relevance * maxFactor))) continue;
            Offer(best, limit, new RankedUnit(id, coverage, boosted(id, coverage, relevance)));
        }
        return (Drain(best), found >= limit);
    }

    /// <summary>
    /// The first place at or after <paramref name="from"/> whose id is not below <paramref name="id"/>: by doubling
    /// steps, then halving, so a walk over few candidates skips long stretches of a long list in a few reads.
    /// </summary>
    internal static int SeekFrom(long[] ids, int from, long id)
    {
        if (from >= ids.Length || ids[from] >= id) return from;
        var step = 1;
        var low = from;
        while (low + step < ids.Length && ids[low + step] < id)
        {
            low += step;
            step *= 2;
        }
        var high = Math.Min(low + step, ids.Length);
        // ids[low] < id, and ids[high] >= id or high is the end: search what lies between.
        var found = Array.BinarySearch(ids, low + 1, high - low - 1, id);
        return found >= 0 ? found : ~found;
    }

    /// <summary>Units outside the filter met while reading by score before looking up the admitted ones instead.</summary>
    internal const int PassingBudget = 4 * 1024;

    /// <summary>Units read by score before giving up on the bound and scoring every unit of the rarest list.</summary>
    internal const int ReadingBudget = 1024;

    internal static PriorityQueue<RankedUnit, RankedUnit> NewBest(int limit) =>
        new(limit + 1, Comparer<RankedUnit>.Create((a, b) => RankedUnit.Compare(b, a)));

    /// <summary>Whether a unit with this best possible rank would enter the best so far: if not, it need not be scored exactly.</summary>
    internal static bool CouldEnter(PriorityQueue<RankedUnit, RankedUnit> best, int limit, RankedUnit bound) =>
        best.Count < limit || !best.TryPeek(out _, out var worst) || RankedUnit.Compare(bound, worst) < 0;

    internal static void Offer(PriorityQueue<RankedUnit, RankedUnit> best, int limit, RankedUnit unit)
    {
        if (best.Count < limit) best.Enqueue(unit, unit);
        else if (best.TryPeek(out _, out var worst) && RankedUnit.Compare(unit, worst) < 0) best.EnqueueDequeue(unit, unit);
    }

    internal static List<RankedUnit> Drain(PriorityQueue<RankedUnit, RankedUnit> best)
    {
        var result = new List<RankedUnit>(best.Count);
        while (best.TryDequeue(out var unit, out _)) result.Add(unit);
        result.Reverse();
        return result;
    }
}
