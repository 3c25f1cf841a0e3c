using CqoDocs.Search.Query;

namespace CqoDocs.Search.Tests.Query;

/// <summary>
/// Builds FTS5 MATCH expressions from analyzed terms. Every term is a quoted string, so no character a
/// user types can become an operator or a syntax error.
/// </summary>
internal static class FtsSyntax
{
    public static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A phrase: the terms at consecutive positions.</summary>
    public static string Phrase(IEnumerable<string> terms) => Quote(string.Join(' ', terms));

    public static string Or(IEnumerable<string> terms) => string.Join(" OR ", terms.Select(Quote));

    public static string And(IEnumerable<string> terms) => string.Join(" AND ", terms.Select(Quote));

    /// <summary>A query word: its term, or any of its alternatives (each all of its terms).</summary>
    public static string Word(QueryWord word) =>
        word.IsSingleTerm ? Quote(word.Term)
        : "(" + string.Join(" OR ", word.Alternatives.Select(a => a.Count == 1 ? Quote(a[0]) : "(" + And(a) + ")")) + ")";

    /// <summary>Every word.</summary>
    public static string AllOf(IEnumerable<QueryWord> words) => string.Join(" AND ", words.Select(Word));

    /// <summary>Any word or part.</summary>
    public static string AnyOf(IEnumerable<QueryWord> words, IEnumerable<string> parts) =>
        string.Join(" OR ", words.Select(Word).Concat(parts.Select(Quote)));
}
