using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Query;

/// <summary>
/// Searches through an <see cref="IndexStore"/>: opens an up-to-date index (rebuilding it if needed) and,
/// should the file prove damaged in the middle of a query, rebuilds it and asks once more. A damaged index
/// costs a rebuild, never a failed search.
/// </summary>
public sealed class IndexedSearch(IndexStore store, Func<Analyzer> analyzer, RankingWeights? weights = null)
{
    public SearchResult Search(SearchRequest request) =>
        OnFreshIndex(request, parsed => new SearchResult(request.Text, parsed, 0, []),
            index => new UnitSearcher(index, analyzer(), weights).Search(request));

    /// <summary>The query's matching units counted per topic, province, year and kind (<see cref="FacetCounter"/>).</summary>
    public SearchFacets Facets(SearchRequest request) =>
        OnFreshIndex(request, _ => SearchFacets.None, index => new FacetCounter(index, analyzer(), weights).Count(request));

    private T OnFreshIndex<T>(SearchRequest request, Func<ParsedQuery, T> nothingToLookFor, Func<SearchIndex, T> run)
    {
        // A fresh index is opened before the query is parsed, so that reading it overlaps with the analyzer's
        // loading on another thread (SearchWarmUp). Anything else waits: a query with nothing to look
        // for needs no index and must not trigger a build.
        var opened = store.OpenIfFresh();
        ParsedQuery parsed;
        try
        {
            parsed = QueryParser.Parse(request.Text, analyzer());
        }
        catch
        {
            opened?.Dispose();
            throw;
        }
        if (parsed.IsEmpty)
        {
            opened?.Dispose();
            return nothingToLookFor(parsed);
        }
        for (var attempt = 0; ; attempt++)
        {
            using var index = opened ?? store.OpenFresh();
            opened = null;
            try
            {
                return run(index);
            }
            catch (SqliteException) when (attempt == 0)
            {
                store.Rebuild();
            }
        }
    }
}
