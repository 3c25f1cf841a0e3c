namespace CqoDocs.Search.Index;

public enum IndexState
{
    Fresh,
    Missing,
    /// <summary>Not a readable SQLite file, truncated, or failing its integrity check.</summary>
    Damaged,
    /// <summary>Made by another schema or analyzer version.</summary>
    Outdated,
    /// <summary>Made from a corpus that has changed since.</summary>
    Stale,
}

/// <summary>The state of an index file and, in plain Chinese, why it has to be rebuilt.</summary>
public sealed record IndexInspection(IndexState State, string Reason)
{
    public bool IsFresh => State == IndexState.Fresh;
}
