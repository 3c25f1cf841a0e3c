namespace CqoDocs.Search.Query;

/// <summary>
/// How the parts of a unit count. Units are ordered by how many of the query's words they contain, then
/// by relevance = BM25 over the columns with these weights × (1 + the boosts that apply).
/// The defaults were tuned on tests/CqoDocs.Search.Tests/Query/judged-queries.tsv.
/// </summary>
public sealed record RankingWeights
{
    public static readonly RankingWeights Default = new();

    /// <summary>The unit's own heading (（二）首席质量官任职条件): the strongest statement of its subject.</summary>
    public double Heading { get; init; } = 4.0;
    public double Body { get; init; } = 1.0;
    /// <summary>The topics the unit is tagged with, by key and Chinese name.</summary>
    public double Topics { get; init; } = 1.0;
    /// <summary>The document's title and region: a unit in a CQO document is about CQOs even when it does not say so.</summary>
    public double Context { get; init; } = 0.5;
    /// <summary>Added when the unit contains the whole query as a phrase.</summary>
    public double PhraseBoost { get; init; } = 0.5;
    /// <summary>Added when the unit is tagged with a topic the query names.</summary>
    public double TopicBoost { get; init; } = 0.3;
}
