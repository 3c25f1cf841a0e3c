using CqoDocs.Search.Query;

namespace CqoDocs.Search.Tests.Query;

public sealed class ScoredListCacheTests
{
    private static TermScores List(int postings) =>
        new(Enumerable.Range(1, postings).Select(i => (long)i).ToArray(), new double[postings], new int[postings + 1], []);

    [Fact]
    public void A_list_asked_for_again_is_not_made_again()
    {
        var cache = new ScoredListCache(1 << 20);
        var made = 0;

        var first = cache.Get("质量", () => { made++; return List(100); });
        var second = cache.Get("质量", () => { made++; return List(100); });

        Assert.Same(first, second);
        Assert.Equal(1, made);
    }

    [Fact]
    public void The_lists_kept_never_take_more_than_the_budget()
    {
        var cache = new ScoredListCache(100_000);

        for (var i = 0; i < 500; i++) cache.Get(i, () => List(1 + i % 37 * 40));

        Assert.InRange(cache.Bytes, 1, 100_000);
        Assert.True(cache.Count < 500);
    }

    [Fact]
    public void A_list_larger_than_the_budget_is_returned_but_not_kept()
    {
        var cache = new ScoredListCache(10_000);
        cache.Get("small", () => List(10));

        var huge = cache.Get("huge", () => List(10_000));

        Assert.Equal(10_000, huge.Count);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Cycling_through_more_lists_than_fit_still_finds_some_of_them_kept()
    {
        // An LRU would miss every time here: each list is evicted just before it is asked for again.
        var cache = new ScoredListCache(40 * 2_000);
        var made = 0;

        for (var pass = 0; pass < 5; pass++)
        {
            for (var i = 0; i < 60; i++) cache.Get(i, () => { made++; return List(50); });
        }

        Assert.True(made < 5 * 60 * 3 / 4, $"made {made} of {5 * 60}");
    }
}
