namespace CqoDocs.Search.Index;

/// <summary>
/// At most <c>capacity</c> values; when full, the one used longest ago makes room. Keeps the values a
/// workload returns to (common words, filter sets) however many others pass through. Not thread-safe.
/// </summary>
internal sealed class LruCache(int capacity)
{
    private readonly Dictionary<object, LinkedListNode<(object Key, object Value)>> _nodes = [];
    /// <summary>Most recently used first.</summary>
    private readonly LinkedList<(object Key, object Value)> _order = new();

    public int Count => _nodes.Count;

    public bool TryGet(object key, out object value)
    {
        if (!_nodes.TryGetValue(key, out var node))
        {
            value = null!;
            return false;
        }
        _order.Remove(node);
        _order.AddFirst(node);
        value = node.Value.Value;
        return true;
    }

    public void Add(object key, object value)
    {
        if (_nodes.Remove(key, out var old)) _order.Remove(old);
        while (_nodes.Count >= capacity && _order.Last is { } oldest)
        {
            _order.RemoveLast();
            _nodes.Remove(oldest.Value.Key);
        }
        _nodes[key] = _order.AddFirst((key, value));
    }
}
