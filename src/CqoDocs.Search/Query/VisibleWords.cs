using CqoDocs.Search.Analysis;

namespace CqoDocs.Search.Query;

/// <summary>
/// Which of a query's words a unit shows a reader: in its heading or text, through the word itself or a
/// synonym. A unit's title and region (the index's context column) and its topic tags help ranking but are
/// not text the reader sees, so a unit found only through them is not a hit, and they do not count toward
/// "命中 n/m". Found in the normalised text by plain substring search: a few scans of one unit per hit.
/// </summary>
internal sealed class VisibleWords(Analyzer analyzer, ParsedQuery parsed)
{
    /// <summary>
    /// The unit's heading and text folded as the index folds them (script, width, case), without the lines
    /// that are a web page's metadata rather than the document (来源：… 发布时间：… 浏览次数：…): a word found
    /// only there is not what the unit says.
    /// </summary>
    public string Normalise(string? heading, string text)
    {
        var normalised = analyzer.Normalise(heading is null ? text : heading + "\n" + text);
        if (!normalised.Contains(':') && !normalised.Contains('：') && !normalised.Contains('】')) return normalised;
        return string.Join('\n', normalised.Split('\n').Where(line => !PageMetadata.IsLine(line)));
    }

    /// <summary>
    /// How many of the query's words the normalised text holds: all terms of some alternative, or every part
    /// of a compound (培训 … 证书 for 培训证书); and the terms to mark for them.
    /// </summary>
    public (int Count, HashSet<string> Marked) Find(string normalised)
    {
        var count = 0;
        var marked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in parsed.Words)
        {
            if (word.Alternatives.Any(a => a.All(t => normalised.Contains(t, StringComparison.Ordinal))))
            {
                count++;
                marked.UnionWith(word.Terms);
            }
            else if (word.Parts.Count >= 2 && word.Parts.All(p => normalised.Contains(p, StringComparison.Ordinal)))
            {
                count++;
                marked.UnionWith(word.Parts);
            }
        }
        return (count, marked);
    }

    /// <summary>Whether the text holds at least one part of a word (首席 of 首席质量官).</summary>
    public bool HasPart(string normalised) =>
        parsed.Words.SelectMany(w => w.Parts).Any(p => normalised.Contains(p, StringComparison.Ordinal));

    /// <summary>Whether the text says any of these words (a topic's name, split at 与).</summary>
    public static bool Says(string normalised, IEnumerable<string> words) =>
        words.Any(w => normalised.Contains(w, StringComparison.Ordinal));
}
