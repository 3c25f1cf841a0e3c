namespace CqoDocs.Cli.Output;

/// <summary>What <c>cqodocs index --json</c> prints: whether the index was fresh or (re)built, and what it holds.</summary>
/// <param name="State">fresh (nothing to do) or built.</param>
/// <param name="Seconds">How long the build took; null when nothing was built.</param>
internal sealed record IndexJson(string State, string Path, int Documents, int Units, double? Seconds);
