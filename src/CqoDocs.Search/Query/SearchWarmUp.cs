using CqoDocs.Core.Import.Text;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;

namespace CqoDocs.Search.Query;

/// <summary>
/// Readies a cold process for its search on the other core while the main thread checks the index file, in the
/// order the search needs things: on one thread SQLite, then the validity reader it meets last; on another the
/// analyzer's dictionary, then what the first query needs right after it: the synonym groups analyzed, the text
/// folding and page-label lookup of the hit check, the highlighter. Each is built once per process and shared, so
/// the main thread finds them ready or waits only for the rest. Nothing here changes a result.
/// </summary>
public static class SearchWarmUp
{
    public static void Start()
    {
        ThreadPool.UnsafeQueueUserWorkItem(_ => Quietly(() =>
        {
            SearchIndex.WarmUp();
            IndexedValidity.WarmUp();
        }), null);
        ThreadPool.UnsafeQueueUserWorkItem(_ => Quietly(() =>
        {
            var analyzer = StandardAnalyzer.Shared;
            var parsed = QueryParser.Parse("首席質量官 职责", analyzer);
            var visible = new VisibleWords(analyzer, parsed);
            var text = visible.Normalise("第一条", "来源：示例\n首席質量官履行质量职责。");
            visible.Find(text);
            TitleKey.Of(text);
            var terms = new HashSet<string>(parsed.AllTerms, StringComparer.Ordinal);
            var highlighter = new Highlighter(analyzer);
            highlighter.Highlight("第一条", terms);
            highlighter.Snippet(text, terms);
        }), null);
    }

    /// <summary>
    /// Only a head start: whatever fails here (a missing native library, an unreadable dictionary) the search meets
    /// again on its own thread and reports in one line, where an exception on this thread would end the process.
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
