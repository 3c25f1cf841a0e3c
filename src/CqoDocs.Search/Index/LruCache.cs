namespace CqoDocs.Search.Index;

/// <summary>
/// At most <c>capacity</c> values; when full, the one used longest ago makes room. Keeps the values a
/// workload returns to (common words, filter sets) however many others pass through. Not thread-safe.
/// The use order is a list threaded through the entries themselves: plain code of this assembly, compiled ahead
/// of time, where the framework's linked list of tuples was compiled at run time by every cold search.
/// </summary>
internal sealed class LruCache(int capacity)
{
    private readonly Dictionary<object, Entry> _entries = [];
    /// <summary>Most and least recently used; null when empty.</summary>
    private Entry? _newest, _oldest;

    public int Count => _entries.Count;

    public bool TryGet(object key, out object value)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            value = null!;
            return false;
        }
        Unlink(entry);
        LinkFirst(entry);
        value = entry.Value;
        return true;
    }

    public void Add(object key, object value)
    {
        if (_entries.Remove(key, out var old)) Unlink(old);
        while (_entries.Count >= capacity && _oldest is { } oldest)
        {
            Unlink(oldest);
            _entries.Remove(oldest.Key);
        }
        var entry = new Entry(key, value);
        LinkFirst(entry);
        _entries[key] = entry;
    }

    private void LinkFirst(Entry entry)
    {
        entry.Newer = null;
        entry.Older = _newest;
        if (_newest is not null) _newest.Newer = entry;
        _newest = entry;
        _oldest ??= entry;
    }

    private void Unlink(Entry entry)
    {
        if (entry.Newer is not null) entry.Newer.Older = entry.Older;
        else _newest = entry.Older;
        if (entry.Older is not null) entry.Older.Newer = entry.Newer;
        else _oldest = entry.Newer;
        entry.Newer = entry.Older = null;
    }

    private sealed class Entry(object key, object value)
    {
        public object Key { get; } = key;
        public object Value { get; } = value;
        public Entry? Newer { get; set; }
        public Entry? Older { get; set; }
    }
}
