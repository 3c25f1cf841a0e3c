namespace CqoDocs.Search.Segmentation;

/// <summary>
/// Collects user words on top of jieba's dictionary, then freezes them into an immutable
/// <see cref="Segmenter"/>. Words are added in order with jieba's <c>add_word</c> semantics: the frequency
/// replaces any earlier one and is added to the total (jieba never subtracts the old one), every prefix
/// becomes known, a missing frequency is suggested from the dictionary as it stands at that moment
/// (<c>suggest_freq</c>), and frequency 0 keeps the HMM from ever producing the word.
/// </summary>
public sealed class SegmenterBuilder
{
    private readonly PrefixDictionary _bundled;
    private readonly Lazy<HmmModel> _model;
    private readonly Dictionary<string, long> _added = new(StringComparer.Ordinal);
    private readonly HashSet<string> _forceSplit = new(StringComparer.Ordinal);
    /// <summary>For the no-HMM cuts of <c>suggest_freq</c>, which never consult the HMM.</summary>
    private readonly HmmSegmenter _unusedHmm;
    private long _total;

    /// <summary>Starts from jieba 0.42.1's bundled dictionary and HMM.</summary>
    public SegmenterBuilder()
        : this(JiebaLexicon.Dictionary, JiebaLexicon.Hmm)
    {
    }

    internal SegmenterBuilder(PrefixDictionary dictionary, HmmModel model)
        : this(dictionary, new Lazy<HmmModel>(model))
    {
    }

    private SegmenterBuilder(PrefixDictionary dictionary, Lazy<HmmModel> model)
    {
        _bundled = dictionary;
        _model = model;
        _total = dictionary.Total;
        _unusedHmm = new HmmSegmenter(model, new HashSet<string>());
    }

    /// <summary>Adds the bundled quality-management and official-document terms (首席质量官, 一票否决, 发文字号 ...).</summary>
    public SegmenterBuilder AddDomainLexicon()
    {
        using var reader = DomainLexicon.OpenReader();
        return AddUserDictionary(reader, DomainLexicon.SourceName);
    }

    /// <summary>
    /// jieba's <c>add_word(word, freq)</c>. Without <paramref name="freq"/>, one just high enough for the word
    /// to be cut out whole where its parts would otherwise win.
    /// </summary>
    public SegmenterBuilder AddUserWord(string word, int? freq = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        if (freq < 0) throw new ArgumentOutOfRangeException(nameof(freq), freq, "a word frequency cannot be negative");
        AddWord(word, freq);
        return this;
    }

    /// <summary>
    /// Adds every entry of a dictionary in jieba's user format (<c>word [freq] [tag]</c> a line); a line whose
    /// frequency cannot be read fails with a <see cref="Core.CqoDocsException"/> naming
    /// <paramref name="sourceName"/> and the line.
    /// </summary>
    public SegmenterBuilder AddUserDictionary(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        foreach (var entry in UserDictionaryReader.Read(reader, sourceName)) AddWord(entry.Word, entry.Frequency);
        return this;
    }

    /// <summary>A segmenter with the words added so far; the builder may go on to build others.</summary>
    public Segmenter Build()
    {
        var (dictionary, forceSplit) = Freeze();
        return new Segmenter(dictionary, new HmmSegmenter(_model, forceSplit));
    }

    /// <summary>What <see cref="Build"/> makes a segmenter of, for <see cref="SegmenterCache"/> to keep.</summary>
    internal (PrefixDictionary Dictionary, IReadOnlySet<string> ForceSplit) Freeze()
    {
        var forceSplit = new HashSet<string>(_forceSplit, StringComparer.Ordinal);
        if (_added.Count == 0) return (_bundled, forceSplit);

        var added = new SortedEntries(_added.Count);
        foreach (var (word, freq) in _added.OrderBy(pair => pair.Key, StringComparer.Ordinal)) added.Add(word, freq);
        return (PrefixDictionaryBuilder.Merge(_bundled, added, _total), forceSplit);
    }

    private void AddWord(string word, long? freq)
    {
        var frequency = freq ?? FrequencySuggester.Suggest(word, _total, Frequency, _unusedHmm);
        _added[word] = frequency;
        _total += frequency;
        for (var length = 1; length < word.Length; length++)
        {
            var prefix = word[..length];
            if (Frequency(prefix) < 0) _added[prefix] = 0;
        }
        if (frequency == 0) _forceSplit.Add(word);
    }

    /// <summary>jieba's <c>FREQ.get</c> now: the frequency, 0 for a bare prefix, -1 when absent.</summary>
    private long Frequency(string key) => _added.TryGetValue(key, out var frequency) ? frequency : _bundled.Frequency(key);
}
