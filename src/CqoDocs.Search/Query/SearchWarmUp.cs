using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;

namespace CqoDocs.Search.Query;

/// <summary>
/// Readies a cold process for its search on the other core while the main thread checks the index file: the
/// analyzer's dictionary on one thread, the validity reader (met last) on another. Each is built once per process
/// and shared, so the main thread finds it ready or waits only for the rest. Nothing here changes a result.
/// Warming more (SQLite's first connection, the first query's tables) was measured and made no difference: the
/// two cores are already busy with this and the compiling the JIT profile brings forward.
/// </summary>
public static class SearchWarmUp
{
    public static void Start()
    {
        ThreadPool.UnsafeQueueUserWorkItem(_ => Quietly(() => _ = StandardAnalyzer.Shared), null);
        ThreadPool.UnsafeQueueUserWorkItem(_ => Quietly(IndexedValidity.WarmUp), null);
    }

    /// <summary>
    /// Only a head start: whatever fails here (an unreadable dictionary, say) the search meets again on its own thread
    /// and reports in one line, where an exception on this thread would end the process. The analyzer's Lazy keeps
    /// its exception for that.
    /// </summary>
    private static void Quietly(Action warmUp)
    {
        try
        {
            warmUp();
        }
        catch (Exception)
        {
        }
    }
}
