namespace CqoDocs.Search.Query;

/// <summary>The hits for a query, best first.</summary>
/// <param name="Total">Units that match at least one word and pass the filters (null when not counted).</param>
public sealed record SearchResult(string Query, ParsedQuery Parsed, int? Total, IReadOnlyList<SearchHit> Hits)
{
    /// <summary>The query had no word to look for (only punctuation or operators, or only function words).</summary>
    public bool NothingToSearch => Parsed.IsEmpty;
}
