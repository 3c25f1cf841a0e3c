namespace CqoDocs.Search.Index;

/// <summary>What an incremental update changed: documents put in (new or changed) and taken out (gone or changed).</summary>
public sealed record IndexUpdateResult(int Added, int Removed, TimeSpan Elapsed);
