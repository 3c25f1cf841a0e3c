namespace CqoDocs.Search.Segmentation;

/// <summary>
/// jieba's <c>suggest_freq(word)</c>, used by <c>add_word</c> when no frequency is given: just enough for the
/// word to beat the pieces it would otherwise be cut into (without the HMM), and never less than the
/// frequency it already has: <c>max(int(Π (FREQ.get(piece, 1) / total) · total) + 1, FREQ.get(word, 1))</c>, with
/// the same floating-point steps as Python (a bare prefix counts 0 there, not 1).
/// </summary>
internal static class FrequencySuggester
{
    /// <param name="frequency">jieba's <c>FREQ.get</c> as it stands: the frequency, 0 for a bare prefix, -1 when absent.</param>
    public static long Suggest(string word, long total, Func<string, long> frequency, HmmSegmenter hmm)
    {
        // The cut only ever asks about substrings of the word, so a dictionary of just those behaves as the whole.
        var segmenter = new Segmenter(SubstringDictionary(word, total, frequency), hmm);
        var pieces = new TokenBuffer();
        segmenter.CutRanges(word, pieces, SegmentMode.Precise, hmm: false);

        var ftotal = (double)total;
        var product = 1.0;
        foreach (var piece in pieces.Items)
        {
            product *= OrOne(frequency(word.Substring(piece.Start, piece.Length))) / ftotal;
        }
        return Math.Max((long)(product * total) + 1, OrOne(frequency(word)));
    }

    private static long OrOne(long frequency) => frequency < 0 ? 1 : frequency;

    private static PrefixDictionary SubstringDictionary(string word, long total, Func<string, long> frequency)
    {
        var keys = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (var start = 0; start < word.Length; start++)
        {
            for (var end = start + 1; end <= word.Length; end++)
            {
                var key = word[start..end];
                var f = frequency(key);
                if (f < 0) break; // jieba's dictionary holds every prefix of a key, so nothing longer is there either
                keys[key] = f;
            }
        }
        var entries = new SortedEntries(keys.Count);
        foreach (var (key, f) in keys) entries.Add(key, f);
        return PrefixDictionaryBuilder.Build(entries, total);
    }
}
