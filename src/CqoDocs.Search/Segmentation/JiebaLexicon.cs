namespace CqoDocs.Search.Segmentation;

/// <summary>
/// jieba 0.42.1's dictionary and HMM as bundled in this assembly, read on first use and then shared: both
/// are immutable, and every <see cref="SegmenterBuilder"/> starts from them.
/// </summary>
internal static class JiebaLexicon
{
    private static readonly Lazy<HmmModel> s_hmm = new(HmmModel.LoadBundled);

    private static readonly Lazy<PrefixDictionary> s_dictionary = new(() =>
    {
        // Whoever needs the dictionary needs the HMM next: read it on another core meanwhile.
        _ = Task.Run(() => s_hmm.Value);
        return PrefixDictionarySnapshot.Read(LexiconResources.ReadAllBytes(LexiconResources.JiebaTrie));
    });

    public static PrefixDictionary Dictionary => s_dictionary.Value;

    public static HmmModel Hmm => s_hmm.Value;
}
