namespace CqoDocs.Search.Query;

/// <summary>
/// Whether a unit holds a phrase as FTS5 defines one: its terms at consecutive offsets of one column.
/// Read from the stored positions, so checking a unit costs a few lookups rather than an FTS5 phrase query.
/// Units asked in increasing row id (a pass over a list) are found by moving forward in each term's list.
/// </summary>
internal sealed class PhraseMatcher(IReadOnlyList<TermScores> sequence)
{
    private readonly int[] _at = new int[sequence.Count];
    private long _last = long.MinValue;

    public bool Holds(long id)
    {
        if (sequence.Count == 0) return false;
        var forward = id > _last;
        _last = id;
        for (var j = 0; j < sequence.Count; j++)
        {
            _at[j] = Seek(sequence[j].Ids, forward ? _at[j] : 0, id);
        }
        for (var j = 0; j < sequence.Count; j++)
        {
            if (_at[j] >= sequence[j].Ids.Length || sequence[j].Ids[_at[j]] != id) return false;
        }
        foreach (var start in sequence[0].PositionsAt(_at[0]))
        {
            var all = true;
            for (var j = 1; j < sequence.Count && all; j++) all = sequence[j].PositionsAt(_at[j]).BinarySearch(start + j) >= 0;
            if (all) return true;
        }
        return false;
    }

    /// <summary>The first index at or after <paramref name="from"/> whose row id is not below <paramref name="id"/>:
    /// steps that double, then a binary search, so a near id is found in a few steps and a far one in log steps.</summary>
    public static int Seek(long[] ids, int from, long id)
    {
        var step = 1;
        var low = from;
        var high = from;
        while (high < ids.Length && ids[high] < id)
        {
            low = high + 1;
            high += step;
            step *= 2;
        }
        var found = Array.BinarySearch(ids, low, Math.Min(high, ids.Length - 1) - low + 1, id);
        return found >= 0 ? found : ~found;
    }
}
