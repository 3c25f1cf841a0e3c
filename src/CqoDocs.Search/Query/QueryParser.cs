using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;

namespace CqoDocs.Search.Query;

/// <summary>
/// Reads a query with the index's own analyzer. Everything a user types is text: quotes, brackets, OR,
/// NEAR and * are punctuation or plain words here, never FTS5 operators.
/// </summary>
public static class QueryParser
{
    public static ParsedQuery Parse(string text, Analyzer analyzer)
    {
        var tokens = analyzer.Analyze(text);
        // Search mode emits the parts of a long word before the word itself: the words are the tokens
        // that no longer token contains.
        var words = new List<QueryWord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            var inside = tokens.Any(o => o.Contains(token) && o.Length > token.Length);
            if (inside || !seen.Add(token.Term)) continue;
            var parts = tokens.Where(o => token.Contains(o) && o.Length < token.Length)
                .Select(o => o.Term).Distinct(StringComparer.Ordinal).ToList();
            words.Add(new QueryWord(token.Term, parts));
        }
        var topics = words.Select(w => Topic.Resolve(w.Term)).Append(Topic.Resolve(text))
            .OfType<string>().Distinct().ToList();
        return new ParsedQuery(words, tokens.Select(t => t.Term).ToList(), topics);
    }
}
