namespace CqoDocs.Search.Query;

/// <summary>
/// One word of a query as a user means it (首席质量官), with the shorter dictionary words search mode found
/// inside it (首席, 质量): the word decides whether a unit covers the query; its parts only widen recall.
/// </summary>
public sealed record QueryWord(string Term, IReadOnlyList<string> Parts);

/// <summary>A query after analysis.</summary>
/// <param name="Words">The distinct words, in query order.</param>
/// <param name="Sequence">Every analyzed token in order: the phrase a unit gets a boost for containing.</param>
/// <param name="Topics">Topics the query names (任职条件 → qualifications): units tagged with them rank higher.</param>
public sealed record ParsedQuery(IReadOnlyList<QueryWord> Words, IReadOnlyList<string> Sequence, IReadOnlyList<string> Topics)
{
    public bool IsEmpty => Words.Count == 0;

    /// <summary>Every term worth highlighting: the words, then their parts.</summary>
    public IEnumerable<string> AllTerms => Words.Select(w => w.Term).Concat(Words.SelectMany(w => w.Parts)).Distinct(StringComparer.Ordinal);
}
