namespace CqoDocs.Search.Query;

/// <summary>
/// Scored posting lists kept per open index, bounded by the memory they take rather than by their number (one
/// common word's list outweighs thousands of rare ones). When full, lists are let go at random, not the least
/// recently used: a workload that cycles through more words than fit (a server's steady mix of queries) would
/// make an LRU evict every list just before it is asked for again, so nothing would ever be found; dropping
/// at random keeps a share of them. Not thread-safe, like the index.
/// </summary>
internal sealed class ScoredListCache(long budgetBytes)
{
    /// <summary>
    /// What the lists of one open index may hold: every word of a thousand varied queries on 200,000 units
    /// (about 170 MB there, 43 MB on 50,000). A miss on a common word costs milliseconds on such a library,
    /// which is the whole of a slow query's time; Lucene's query process, for comparison, reserves 1 GB.
    /// </summary>
    public const long DefaultBudgetBytes = 256L << 20;

    private readonly Dictionary<object, (TermScores List, long Bytes)> _entries = [];
    /// <summary>The keys in no order, for picking one at random.</summary>
    private readonly List<object> _keys = [];
    private readonly Random _random = new(20161);

    public long Bytes { get; private set; }

    public int Count => _entries.Count;

    public TermScores Get(object key, Func<TermScores> make)
    {
        if (_entries.TryGetValue(key, out var entry)) return entry.List;
        var list = make();
        var bytes = SizeOf(list);
        // A list larger than the whole budget is used once and not kept.
        if (bytes > budgetBytes) return list;
        while (Bytes + bytes > budgetBytes) EvictOne();
        _entries[key] = (list, bytes);
        _keys.Add(key);
        Bytes += bytes;
        return list;
    }

    private void EvictOne()
    {
        var slot = _random.Next(_keys.Count);
        var key = _keys[slot];
        Bytes -= _entries[key].Bytes;
        _entries.Remove(key);
        // The last key moves into the freed slot: removal stays O(1).
        var last = _keys[^1];
        _keys.RemoveAt(_keys.Count - 1);
        if (slot < _keys.Count) _keys[slot] = last;
    }

    /// <summary>Its arrays' bytes, the score order it sorts once included, and a little for the objects.</summary>
    private static long SizeOf(TermScores list) =>
        128 + 8L * list.Ids.Length + 8L * list.Scores.Length + 4L * list.Starts.Length + 4L * list.Positions.Length + 4L * list.Ids.Length;
}
