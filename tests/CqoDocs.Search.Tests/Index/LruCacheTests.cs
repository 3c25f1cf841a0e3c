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

    [Fact]
    public void Random_use_keeps_exactly_what_a_plain_list_of_recent_keys_keeps()
    {
        var random = new Random(7);
        var cache = new LruCache(5);
        var recent = new List<int>(); // most recent first
        for (var step = 0; step < 5000; step++)
        {
            var key = random.Next(12);
            if (random.Next(3) == 0)
            {
                cache.Add(key, key * 10);
                recent.Remove(key);
                recent.Insert(0, key);
                if (recent.Count > 5) recent.RemoveAt(5);
            }
            else
            {
                var found = cache.TryGet(key, out var value);
                Assert.Equal(recent.Contains(key), found);
                if (!found) continue;
                Assert.Equal(key * 10, value);
                recent.Remove(key);
                recent.Insert(0, key);
            }
            Assert.Equal(recent.Count, cache.Count);
        }
    }
}
