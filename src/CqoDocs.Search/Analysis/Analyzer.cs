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
        foreach (var token in Kept(normalised)) tokens.Add(token);
        return tokens;
    }

    /// <summary>The terms of <see cref="Analyze"/>, one at a time and held nowhere: what a build counts.</summary>
    public IEnumerable<string> Terms(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (var token in Kept(Normalise(text))) yield return token.Term;
    }

    private IEnumerable<AnalyzedToken> Kept(string normalised)
    {
        foreach (var (start, end) in _splitter.Split(normalised))
        {
            if (end <= start) continue;
            var term = Word(normalised, start, end);
            if (Keep(term)) yield return new AnalyzedToken(term, start, end);
        }
    }

    /// <summary>
    /// The word's string, shared with earlier occurrences on this thread: a build meets the same few thousand
    /// words over and over, and a new string for each was its largest allocation. One-character words (a third,
    /// mostly dropped: 的, punctuation) share the segmenter's strings.
    /// </summary>
    private static string Word(string text, int start, int end)
    {
        if (end - start == 1) return Segmentation.Segmenter.SingleCharacter(text[start]);
        var words = t_words ??= new HashSet<string>(StringComparer.Ordinal);
        var span = text.AsSpan(start, end - start);
        if (words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out var known)) return known;
        if (words.Count >= MaxSharedWords) words.Clear();
        var word = span.ToString();
        words.Add(word);
        return word;
    }

    private const int MaxSharedWords = 1 << 16;

    [ThreadStatic]
    private static HashSet<string>? t_words;

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
