namespace CqoDocs.Search.Query;

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
}
