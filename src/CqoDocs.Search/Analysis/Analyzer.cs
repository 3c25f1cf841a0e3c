namespace CqoDocs.Search.Analysis;

/// <summary>
/// Text to searchable words: normalise (character for character) → split into words → filter. Built once by
/// <see cref="AnalyzerBuilder"/>, immutable and safe to share between threads. The same analyzer must
/// serve the index and the queries, or a query's words would not be the index's words.
/// </summary>
public sealed class Analyzer
{
    private readonly ICharFilter[] _charFilters;
    private readonly IWordSplitter _splitter;
    private readonly ITokenFilter[] _tokenFilters;

    internal Analyzer(IEnumerable<ICharFilter> charFilters, IWordSplitter splitter, IEnumerable<ITokenFilter> tokenFilters, string version)
    {
        Version = version;
        _charFilters = charFilters.ToArray();
        _splitter = splitter;
        _tokenFilters = tokenFilters.ToArray();
    }

    /// <summary>
    /// Names the analyzer's behaviour (steps, dictionaries); stored in an index so that an index made by a
    /// different analyzer is rebuilt rather than searched with words it never produced.
    /// </summary>
    public string Version { get; }

    /// <summary>The text after the character filters: same length as the input.</summary>
    public string Normalise(string text)
    {
        var result = text;
        foreach (var filter in _charFilters)
        {
            var next = filter.Apply(result);
            if (next.Length != result.Length)
            {
                throw new InvalidOperationException($"{filter.GetType().Name} changed the text's length; offsets would no longer point into the original.");
            }
            result = next;
        }
        return result;
    }

    private const int MaxPresized = 1024;

    /// <summary>The kept words in text order, each with its offsets into <paramref name="text"/>.</summary>
    public IReadOnlyList<AnalyzedToken> Analyze(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var normalised = Normalise(text);
        // Sized for about a word a character (capped): growing from empty copied the list five or six times per unit.
        var tokens = new List<AnalyzedToken>(Math.Min(normalised.Length, MaxPresized));
        foreach (var (start, end) in _splitter.Split(normalised))
        {
            if (end <= start) continue;
            // A third of the words are one character (的, punctuation), mostly dropped: those strings are shared.
            var term = end - start == 1 ? Segmentation.Segmenter.SingleCharacter(normalised[start]) : normalised.Substring(start, end - start);
            if (Keep(term)) tokens.Add(new AnalyzedToken(term, start, end));
        }
        return tokens;
    }

    /// <summary>The kept words joined by spaces: what the full-text index stores for a field.</summary>
    public string ToIndexText(string? text) => string.Join(' ', Analyze(text).Select(t => t.Term));

    private bool Keep(string term)
    {
        foreach (var filter in _tokenFilters)
        {
            if (!filter.Keep(term)) return false;
        }
        return true;
    }
}
