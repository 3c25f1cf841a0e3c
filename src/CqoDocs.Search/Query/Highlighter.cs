using CqoDocs.Search.Analysis;

namespace CqoDocs.Search.Query;

/// <summary>
/// Marks the query's words in a unit's ORIGINAL text, using the analyzer's offsets: a Traditional unit is
/// shown in Traditional with the words a Simplified query matched marked. Long text is cut to the window
/// that holds the most distinct matches.
/// </summary>
public sealed class Highlighter(Analyzer analyzer)
{
    /// <summary>Characters of context kept before the first match in a window.</summary>
    private const int Lead = 16;

    /// <summary>The whole text with matches marked.</summary>
    public HighlightedText Highlight(string? text, IReadOnlySet<string> terms) =>
        string.IsNullOrEmpty(text) ? HighlightedText.Empty : Cut(text, Spans(text, terms), 0, text.Length);

    /// <summary>At most <paramref name="maxLength"/> characters around the matches, on one line, with … where cut.</summary>
    public HighlightedText Snippet(string text, IReadOnlySet<string> terms, int maxLength = 120)
    {
        var flat = text.ReplaceLineEndings(" ");
        if (flat.Length <= maxLength) return Cut(flat, Spans(flat, terms), 0, flat.Length);
        // Segmenting a whole long unit for every hit is the costly part of a search: find the window from
        // where the terms occur in the normalised text, then segment only the window (with a little
        // context on each side, so the words at its edges are cut as they are in the whole text).
        var normalised = analyzer.Normalise(flat);
        var occurrences = Occurrences(normalised, terms);
        var (start, end) = BestWindow(flat, occurrences, maxLength);
        var from = Math.Max(0, start - Margin);
        var to = Math.Min(flat.Length, end + Margin);
        var spans = Spans(flat[from..to], terms);
        for (var i = 0; i < spans.Count; i++) spans[i] = (spans[i].Start + from, spans[i].End + from);
        var inner = Cut(flat, spans, start, end).Parts;
        var parts = new List<TextPart>(inner.Count + 2);
        if (start > 0) parts.Add(new TextPart("…", false));
        parts.AddRange(inner);
        if (end < flat.Length) parts.Add(new TextPart("…", false));
        return new HighlightedText(parts);
    }

    /// <summary>Characters segmented beyond each edge of a snippet window.</summary>
    private const int Margin = 12;

    private static List<AnalyzedToken> Occurrences(string normalised, IReadOnlySet<string> terms)
    {
        var found = new List<AnalyzedToken>();
        foreach (var term in terms)
        {
            for (var at = normalised.IndexOf(term, StringComparison.Ordinal); at >= 0; at = normalised.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                found.Add(new AnalyzedToken(term, at, at + term.Length));
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// Merged, ordered spans of the tokens whose term is wanted: the characters they cover, run by run (tokens that
    /// overlap or touch make one span).
    /// </summary>
    private List<(int Start, int End)> Spans(string text, IReadOnlySet<string> terms)
    {
        var tokens = analyzer.Analyze(text);
        var covered = new bool[text.Length + 1];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!terms.Contains(token.Term)) continue;
            for (var c = token.Start; c < token.End; c++) covered[c] = true;
        }
        var spans = new List<(int Start, int End)>();
        for (var start = 0; start < text.Length; start++)
        {
            if (!covered[start]) continue;
            var end = start;
            while (covered[end]) end++;
            spans.Add((start, end));
            start = end;
        }
        return spans;
    }

    private static (int Start, int End) BestWindow(string text, List<AnalyzedToken> matched, int maxLength)
    {
        var best = (Start: 0, Count: -1);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var first = 0;
        foreach (var anchor in matched)
        {
            var start = Math.Max(0, anchor.Start - Lead);
            var end = Math.Min(text.Length, start + maxLength);
            // Occurrences are sorted by start, and window starts never decrease: skip those before it once.
            while (first < matched.Count && matched[first].Start < start) first++;
            distinct.Clear();
            for (var i = first; i < matched.Count && matched[i].Start < end; i++)
            {
                if (matched[i].End <= end) distinct.Add(matched[i].Term);
            }
            if (distinct.Count > best.Count) best = (start, distinct.Count);
        }
        var from = Math.Min(best.Start, text.Length - maxLength);
        if (from > 0 && char.IsLowSurrogate(text[from])) from--;
        var to = Math.Min(text.Length, from + maxLength);
        if (to < text.Length && char.IsLowSurrogate(text[to])) to++;
        return (from, to);
    }

    private static HighlightedText Cut(string text, List<(int Start, int End)> spans, int from, int to)
    {
        var parts = new List<TextPart>();
        var at = from;
        foreach (var (start, end) in spans)
        {
            var s = Math.Max(start, from);
            var e = Math.Min(end, to);
            if (e <= s) continue;
            if (s > at) parts.Add(new TextPart(text[at..s], false));
            parts.Add(new TextPart(text[s..e], true));
            at = e;
        }
        if (at < to) parts.Add(new TextPart(text[at..to], false));
        return new HighlightedText(parts);
    }
}
