using System.Runtime.CompilerServices;
using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;

namespace CqoDocs.Search.Query;

/// <summary>
/// Reads a query with the index's own analyzer. Everything a user types is text: quotes, brackets, OR,
/// NEAR and * are punctuation or plain words here, never FTS5 operators. A word in the synonym table is
/// looked for as any member of its group (query expansion: the index itself knows nothing of synonyms).
/// </summary>
public static class QueryParser
{
    public static ParsedQuery Parse(string text, Analyzer analyzer) => Parse(text, analyzer, SynonymTable.Bundled);

    public static ParsedQuery Parse(string text, Analyzer analyzer, SynonymTable synonyms)
    {
        var tokens = analyzer.Analyze(text);
        var words = WordsOf(tokens);
        var topics = new List<string>();
        foreach (var word in words) AddTopic(topics, Topic.Resolve(word.Term));
        AddTopic(topics, Topic.Resolve(text));
        var sequence = new List<string>(tokens.Count);
        foreach (var token in tokens) sequence.Add(token.Term);
        return new ParsedQuery(Expand(words, analyzer, synonyms), sequence, topics);
    }

    private static void AddTopic(List<string> topics, string? topic)
    {
        if (topic is not null && !topics.Contains(topic)) topics.Add(topic);
    }

    /// <summary>
    /// Search mode emits the parts of a long word before the word itself: the words are the tokens that no
    /// longer token contains.
    /// </summary>
    /// <remarks>Loops, not LINQ: LINQ over the analyzer's tokens (a struct) was generic code compiled at run time in every cold search.</remarks>
    private static List<QueryWord> WordsOf(IReadOnlyList<AnalyzedToken> tokens)
    {
        var words = new List<QueryWord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (Inside(tokens, token) || !seen.Add(token.Term)) continue;
            var parts = new List<string>();
            for (var j = 0; j < tokens.Count; j++)
            {
                var other = tokens[j];
                if (token.Contains(other) && other.Length < token.Length && !parts.Contains(other.Term)) parts.Add(other.Term);
            }
            words.Add(new QueryWord(token.Term, parts));
        }
        return words;
    }

    /// <summary>Whether a longer token holds this one (search mode emits both 首席质量官 and its part 质量).</summary>
    private static bool Inside(IReadOnlyList<AnalyzedToken> tokens, AnalyzedToken token)
    {
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens[j].Contains(token) && tokens[j].Length > token.Length) return true;
        }
        return false;
    }

    /// <summary>
    /// Each run of words that spells a member of a synonym group (one word 聘期, or the two words 聘任 期限)
    /// becomes one word whose alternatives are the group's members, each as the words it analyzes to. The
    /// words of a joined run become its parts, so a unit holding only some of them is still found, lower.
    /// </summary>
    private static List<QueryWord> Expand(List<QueryWord> words, Analyzer analyzer, SynonymTable synonyms)
    {
        if (synonyms.Groups.Count == 0 || words.Count == 0) return words;
        var groups = AnalyzedGroups.GetValue(synonyms, _ => new()).GetValue(analyzer, _ => Analyzed(synonyms, analyzer));
        var result = new List<QueryWord>();
        for (var at = 0; at < words.Count;)
        {
            var (group, length) = LongestMatch(words, at, groups);
            if (group is null)
            {
                result.Add(words[at++]);
                continue;
            }
            var run = words.Skip(at).Take(length).ToList();
            var own = run.Select(w => w.Term).ToList();
            var alternatives = group.Where(m => !m.SequenceEqual(own)).Prepend(own).Cast<IReadOnlyList<string>>().ToList();
            var parts = run.SelectMany(w => w.Parts).Concat(length > 1 ? own : []).Distinct(StringComparer.Ordinal).ToList();
            result.Add(new QueryWord(string.Concat(own), parts) { Alternatives = alternatives });
            at += length;
        }
        return result;
    }

    /// <summary>
    /// Each group's members as the analyzer's words, worked out once per table and analyzer (both immutable):
    /// analysing every member of every group took most of the time of parsing a query.
    /// </summary>
    private static readonly ConditionalWeakTable<SynonymTable, ConditionalWeakTable<Analyzer, List<List<List<string>>>>> AnalyzedGroups = new();

    private static List<List<List<string>>> Analyzed(SynonymTable synonyms, Analyzer analyzer) =>
        synonyms.Groups
            .Select(g => g.Select(m => WordsOf(analyzer.Analyze(m)).Select(w => w.Term).ToList()).Where(m => m.Count > 0).ToList())
            .Where(g => g.Count > 1)
            .ToList();

    /// <summary>The group whose member spells the longest run of words starting at <paramref name="at"/>.</summary>
    private static (List<List<string>>? Group, int Length) LongestMatch(List<QueryWord> words, int at, List<List<List<string>>> groups)
    {
        (List<List<string>>? Group, int Length) best = (null, 0);
        foreach (var group in groups)
        {
            foreach (var member in group)
            {
                if (member.Count <= best.Length || at + member.Count > words.Count) continue;
                var spells = true;
                for (var i = 0; i < member.Count && spells; i++) spells = words[at + i].Term == member[i];
                if (spells) best = (group, member.Count);
            }
        }
        return best;
    }
}
