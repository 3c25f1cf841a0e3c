namespace CqoDocs.Search.Segmentation;

/// <summary>A growable list of token ranges that is cleared and refilled, so cutting allocates nothing per token.</summary>
internal sealed class TokenBuffer
{
    private TokenRange[] _items;

    public TokenBuffer(int capacity = 256) => _items = new TokenRange[Math.Max(capacity, 4)];

    public int Count { get; private set; }

    public ReadOnlySpan<TokenRange> Items => _items.AsSpan(0, Count);

    public TokenRange this[int index] => _items[index];

    public void Add(int start, int end)
    {
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = new TokenRange(start, end);
    }

    public void Clear() => Count = 0;
}
