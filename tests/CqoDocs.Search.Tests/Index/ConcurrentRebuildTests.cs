using CqoDocs.Search.Query;

namespace CqoDocs.Search.Tests.Index;

public class ConcurrentRebuildTests
{
    [Fact]
    public async Task Searches_keep_answering_while_the_index_is_rebuilt_again_and_again()
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        var search = new IndexedSearch(f.Store, () => f.Analyzer);
        var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var answers = 0;
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var hits = search.Search(new SearchRequest("首席质量官 任职条件")).Hits;
                    Assert.Equal("第五条", hits[0].Unit.Label);
                    Interlocked.Increment(ref answers);
                }
                catch (Exception e)
                {
                    failures.Add(e);
                }
            }
        })).ToArray();
        for (var i = 0; i < 15; i++) f.Store.Rebuild();
        while (Volatile.Read(ref answers) < 30) await Task.Delay(10);
        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.Empty(failures);
        Assert.Single(Directory.GetFiles(f.Folder.Path));
    }
}
