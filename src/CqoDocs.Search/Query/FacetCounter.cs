using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;

namespace CqoDocs.Search.Query;

/// <summary>
/// Counts a query's matching units per facet value (<see cref="SearchFacets"/>): the units holding any word
/// become one <see cref="UnitSet"/>, kept to those the request's filters admit, and each value's count is
/// the size of its intersection with one value's set (<see cref="FilterSets"/>), without reading a row.
/// </summary>
public sealed class FacetCounter(SearchIndex index, Analyzer analyzer, RankingWeights? weights = null)
{
    private readonly RankingWeights _weights = weights ?? RankingWeights.Default;

    public SearchFacets Count(SearchRequest request)
    {
        var parsed = QueryParser.Parse(request.Text, analyzer);
        if (parsed.IsEmpty) return SearchFacets.None;
        var filter = SearchFilter.For(request, index);
        if (filter.MatchesNothing) return SearchFacets.None;
        var sets = FilterSets.Of(index);
        var matching = Matching(parsed, sets.MaxId);
        if (sets.Allowed(filter) is { } allowed) matching = matching.And(allowed);
        if (matching.Count == 0) return SearchFacets.None;
        return new SearchFacets(matching.Count, Counts(sets.ByTopic, matching), Counts(sets.ByProvince, matching),
            Counts(sets.ByYear, matching), Counts(sets.ByKind, matching)
                .Select(k => (Parsed: ModelKeys.TryParseKind(k.Key, out var kind), kind, k.Value))
                .Where(k => k.Parsed).ToDictionary(k => k.kind, k => k.Value));
    }

    /// <summary>Every unit holding a word or a part of one, as the rankers' total counts them.</summary>
    private UnitSet Matching(ParsedQuery parsed, long maxId)
    {
        var set = new UnitSet(maxId);
        var lists = parsed.Words.Select(w => WordScores.Of(index, w, _weights)).Concat(parsed.Parts.Select(t => TermScores.Of(index, t, _weights)));
        foreach (var id in lists.SelectMany(l => l.Ids)) if (id <= maxId) set.Add(id);
        return set;
    }

    private static Dictionary<TKey, int> Counts<TKey>(IReadOnlyDictionary<TKey, UnitSet> sets, UnitSet matching) where TKey : notnull
    {
        var counts = new Dictionary<TKey, int>();
        foreach (var (key, set) in sets)
        {
            if (set.CountAnd(matching) is var count and > 0) counts[key] = count;
        }
        return counts;
    }
}
