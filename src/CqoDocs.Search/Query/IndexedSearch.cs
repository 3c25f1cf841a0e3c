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
    public SearchResult Search(SearchRequest request)
    {
        // A query with nothing to look for needs no index (and must not trigger a build).
        var parsed = QueryParser.Parse(request.Text, analyzer());
        if (parsed.IsEmpty) return new SearchResult(request.Text, parsed, 0, []);
        for (var attempt = 0; ; attempt++)
        {
            using var index = store.OpenFresh();
            try
            {
                return new UnitSearcher(index, analyzer(), weights).Search(request);
            }
            catch (SqliteException) when (attempt == 0)
            {
                store.Rebuild();
            }
        }
    }
}
