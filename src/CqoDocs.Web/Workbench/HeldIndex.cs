using CqoDocs.Search.Index;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Web.Workbench;

/// <summary>
/// One open index shared by the requests for as long as the corpus stays as it is. Opening an index reads its
/// documents and filter sets, which on a large library costs a hundred times what a search does; every page
/// asked for it anew. The connection serves one request at a time; a changed corpus, or a file found damaged
/// in the middle of a query (it is rebuilt, and the query asked once more), opens a fresh one.
/// </summary>
internal sealed class HeldIndex(IndexStore store) : IDisposable
{
    private readonly Lock _gate = new();
    private SearchIndex? _index;

    /// <param name="corpusHash">The content hash of the documents the page shows, so hits and documents agree.</param>
    public T Use<T>(string corpusHash, Func<SearchIndex, T> run)
    {
        lock (_gate)
        {
            for (var attempt = 0; ; attempt++)
            {
                if (_index is not null && _index.CorpusHash != corpusHash) Close();
                _index ??= store.OpenFresh();
                try
                {
                    return run(_index);
                }
                catch (SqliteException) when (attempt == 0)
                {
                    Close();
                    store.Rebuild();
                }
            }
        }
    }

    public void Dispose()
    {
        lock (_gate) Close();
    }

    private void Close()
    {
        _index?.Dispose();
        _index = null;
    }
}
