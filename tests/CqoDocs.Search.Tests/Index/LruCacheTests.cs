using CqoDocs.Search.Index;

namespace CqoDocs.Search.Tests.Index;

public sealed class LruCacheTests
{
    [Fact]
    public void A_full_cache_drops_the_value_used_longest_ago_only()
    {
        var cache = new LruCache(3);
        cache.Add("a", 1);
        cache.Add("b", 2);
        cache.Add("c", 3);
        Assert.True(cache.TryGet("a", out _));

        cache.Add("d", 4);

        Assert.Equal(3, cache.Count);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(1, a);
        Assert.True(cache.TryGet("c", out _));
        Assert.True(cache.TryGet("d", out _));
    }

    [Fact]
    public void A_value_used_on_every_round_survives_a_stream_of_others()
    {
        var cache = new LruCache(4);
        cache.Add("hot", "kept");
        for (var i = 0; i < 100; i++)
        {
            Assert.True(cache.TryGet("hot", out var hot));
            Assert.Equal("kept", hot);
            cache.Add(i, i);
        }
        Assert.Equal(4, cache.Count);
    }

    [Fact]
    public void Adding_a_key_again_replaces_its_value()
    {
        var cache = new LruCache(2);
        cache.Add("a", 1);
        cache.Add("a", 2);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet("a", out var value));
        Assert.Equal(2, value);
    }
}
