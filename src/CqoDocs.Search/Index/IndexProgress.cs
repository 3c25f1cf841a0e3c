namespace CqoDocs.Search.Index;

/// <summary>How far a build is: units analysed out of all units.</summary>
public readonly record struct IndexProgress(int Done, int Total);
