using System.Numerics;

namespace CqoDocs.Search.Query;

/// <summary>
/// A set of unit row ids as one bit per id: membership is a shift and a mask, and intersecting or counting
/// two sets costs a pass over (units / 64) words, whatever the number of members.
/// </summary>
internal sealed class UnitSet
{
    private readonly ulong[] _bits;
    private int? _count;

    /// <param name="maxId">The largest row id the set may hold.</param>
    public UnitSet(long maxId) => _bits = new ulong[(Math.Max(maxId, 0) >> 6) + 1];

    private UnitSet(ulong[] bits) => _bits = bits;

    public int Count => _count ??= PopCount(_bits);

    public void Add(long id)
    {
        _bits[id >> 6] |= 1UL << (int)(id & 63);
        _count = null;
    }

    public bool Contains(long id)
    {
        var word = id >> 6;
        return id >= 0 && word < _bits.Length && (_bits[word] & (1UL << (int)(id & 63))) != 0;
    }

    public UnitSet And(UnitSet other)
    {
        var bits = new ulong[Math.Min(_bits.Length, other._bits.Length)];
        for (var i = 0; i < bits.Length; i++) bits[i] = _bits[i] & other._bits[i];
        return new UnitSet(bits);
    }

    public UnitSet Or(UnitSet other)
    {
        var (longer, shorter) = _bits.Length >= other._bits.Length ? (_bits, other._bits) : (other._bits, _bits);
        var bits = (ulong[])longer.Clone();
        for (var i = 0; i < shorter.Length; i++) bits[i] |= shorter[i];
        return new UnitSet(bits);
    }

    /// <summary>How many ids both sets hold, without building their intersection.</summary>
    public int CountAnd(UnitSet other)
    {
        var count = 0;
        var length = Math.Min(_bits.Length, other._bits.Length);
        for (var i = 0; i < length; i++) count += BitOperations.PopCount(_bits[i] & other._bits[i]);
        return count;
    }

    /// <summary>The members by increasing row id.</summary>
    public long[] ToIds()
    {
        var ids = new long[Count];
        var n = 0;
        for (var i = 0; i < _bits.Length; i++)
        {
            for (var word = _bits[i]; word != 0; word &= word - 1)
            {
                ids[n++] = ((long)i << 6) + BitOperations.TrailingZeroCount(word);
            }
        }
        return ids;
    }

    private static int PopCount(ulong[] bits)
    {
        var count = 0;
        foreach (var word in bits) count += BitOperations.PopCount(word);
        return count;
    }
}
