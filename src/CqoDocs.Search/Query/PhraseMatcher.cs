namespace CqoDocs.Search.Query;

/// <summary>
/// Whether a unit holds a phrase as FTS5 defines one: its terms at consecutive offsets of one column.
/// Read from the stored positions, so checking a unit costs a few lookups rather than an FTS5 phrase query.
/// </summary>
internal sealed class PhraseMatcher(IReadOnlyList<TermScores> sequence)
{
    public bool Holds(long id)
    {
        if (sequence.Count == 0) return false;
        foreach (var start in sequence[0].PositionsIn(id))
        {
            var all = true;
            for (var j = 1; j < sequence.Count && all; j++) all = sequence[j].PositionsIn(id).BinarySearch(start + j) >= 0;
            if (all) return true;
        }
        return false;
    }
}
