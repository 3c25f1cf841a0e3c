namespace CqoDocs.Search.Index;

/// <summary>What a build produced, for the one-line summary.</summary>
public sealed record IndexBuildResult(string Path, int Documents, int Units, TimeSpan Elapsed);
