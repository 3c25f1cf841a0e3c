namespace CqoDocs.Search.Segmentation;

/// <summary>
/// Dictionary entries (key, frequency) in ordinal key order, keys stored back to back in one character pool.
/// Equal keys may repeat; the last one wins, as when jieba reads a dictionary line by line.
/// </summary>
internal sealed class SortedEntries
{
    private char[] _pool;
    private int _poolLength;
    private int[] _start;
    private int[] _length;
    private long[] _frequency;

    public SortedEntries(int capacity)
    {
        capacity = Math.Max(capacity, 4);
        _pool = new char[capacity * 3];
        _start = new int[capacity];
        _length = new int[capacity];
        _frequency = new long[capacity];
    }

    /// <summary>Wraps keys that already sit in <paramref name="pool"/> (a decoded dictionary file), without copying.</summary>
    public SortedEntries(char[] pool, int[] start, int[] length, long[] frequency, int count)
    {
        _pool = pool;
        _poolLength = pool.Length;
        _start = start;
        _length = length;
        _frequency = frequency;
        Count = count;
    }

    public int Count { get; private set; }

    // The raw arrays, for the one hot loop that builds a trie from them (PrefixDictionaryBuilder).
    internal char[] Pool => _pool;
    internal int[] Starts => _start;
    internal int[] Lengths => _length;
    internal long[] Frequencies => _frequency;

    public ReadOnlySpan<char> Key(int index) => _pool.AsSpan(_start[index], _length[index]);

    public int KeyLength(int index) => _length[index];

    /// <summary>The character at <paramref name="position"/> of key <paramref name="index"/>.</summary>
    public char CharAt(int index, int position) => _pool[_start[index] + position];

    public long Frequency(int index) => _frequency[index];

    public void Add(ReadOnlySpan<char> key, long frequency)
    {
        if (Count == _start.Length)
        {
            var capacity = Count * 2;
            Array.Resize(ref _start, capacity);
            Array.Resize(ref _length, capacity);
            Array.Resize(ref _frequency, capacity);
        }
        if (_poolLength + key.Length > _pool.Length) Array.Resize(ref _pool, Math.Max(_pool.Length * 2, _poolLength + key.Length));
        key.CopyTo(_pool.AsSpan(_poolLength));
        _start[Count] = _poolLength;
        _length[Count] = key.Length;
        _frequency[Count] = frequency;
        _poolLength += key.Length;
        Count++;
    }
}
