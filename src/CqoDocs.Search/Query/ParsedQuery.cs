namespace CqoDocs.Search.Query;

/// <summary>
/// One word of a query as a user means it (首席质量官), with the shorter dictionary words search mode found
/// inside it (首席, 质量): the word decides whether a unit covers the query; its parts only widen recall.
/// </summary>
/// <param name="Term">The word as analyzed; for words the synonym table joined (聘任 期限 → 聘任期限), the run's terms run together.</param>
public sealed record QueryWord(string Term, IReadOnlyList<string> Parts)
{
    /// <summary>
    /// The ways a unit can hold the word: any alternative, each a set of terms that must all be there. The word
    /// itself first, then its synonyms (聘期: [聘期], [聘任, 期限]).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Alternatives { get; init; } = [[Term]];

    /// <summary>Whether the word is one term with no synonym: one posting list.</summary>
    public bool IsSingleTerm => Alternatives.Count == 1 && Alternatives[0].Count == 1;

    /// <summary>Every term of every alternative.</summary>
    public IEnumerable<string> Terms => Alternatives.SelectMany(a => a).Distinct(StringComparer.Ordinal);
}

/// <summary>A query after analysis.</summary>
/// <param name="Words">The distinct words, in query order.</param>
/// <param name="Sequence">Every analyzed token in order: the phrase a unit gets a boost for containing.</param>
/// <param name="Topics">Topics the query names (任职条件 → qualifications): units tagged with them rank higher.</param>
public sealed record ParsedQuery(IReadOnlyList<QueryWord> Words, IReadOnlyList<string> Sequence, IReadOnlyList<string> Topics)
{
    public bool IsEmpty => Words.Count == 0;

    /// <summary>Every part of a word that is not itself one of the words' terms.</summary>
    public IEnumerable<string> Parts
    {
        get
        {
            var terms = Words.SelectMany(w => w.Terms).ToHashSet(StringComparer.Ordinal);
            return Words.SelectMany(w => w.Parts).Where(p => !terms.Contains(p)).Distinct(StringComparer.Ordinal);
        }
    }

    /// <summary>Every term worth highlighting: the words and their synonyms, then their parts.</summary>
    public IEnumerable<string> AllTerms => Words.SelectMany(w => w.Terms).Concat(Words.SelectMany(w => w.Parts)).Distinct(StringComparer.Ordinal);
}
