namespace CqoDocs.Search.Query;

/// <summary>A unit's place in the ranking: more query words first, then higher relevance, then lower row id.</summary>
internal readonly record struct RankedUnit(long Id, int Coverage, double Relevance)
{
    /// <summary>Negative when <paramref name="a"/> ranks above <paramref name="b"/>, as SQL's ORDER BY coverage DESC, relevance DESC, id.</summary>
    public static int Compare(RankedUnit a, RankedUnit b)
    {
        if (a.Coverage != b.Coverage) return b.Coverage.CompareTo(a.Coverage);
        var byRelevance = b.Relevance.CompareTo(a.Relevance);
        return byRelevance != 0 ? byRelevance : a.Id.CompareTo(b.Id);
    }
}

/// <summary>The ranked top of a query and how many units matched it (null when not counted).</summary>
internal sealed record Ranking(IReadOnlyList<RankedUnit> Units, int? Total);
