using CqoDocs.Core.Import.Text;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;

namespace CqoDocs.Search.Query;

/// <summary>
/// Readies a cold process for its search on the other core while the main thread checks the index file: SQLite
/// on one thread (<see cref="SearchIndex.Preload"/>); on another the analyzer's dictionary, then, in the order a
/// search meets them, the tables and code its first query needs: the synonym groups analyzed, the text folding
/// and page-label lookup of the hit check, the highlighter, the validity reader. Each is built once per process
/// and shared, so the main thread finds them ready or waits only for the rest. Nothing here changes a result.
/// </summary>
public static class SearchWarmUp
{
    public static void Start()
    {
        SearchIndex.Preload();
        ThreadPool.UnsafeQueueUserWorkItem(_ =>
        {
            try
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
            }
            catch (Exception)
            {
                // Only a head start: the search itself meets and reports whatever failed here (the analyzer's Lazy keeps its exception).
            }
            IndexedValidity.WarmUp();
        }, null);
    }
}
