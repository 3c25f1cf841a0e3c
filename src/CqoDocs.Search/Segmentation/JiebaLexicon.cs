namespace CqoDocs.Search.Segmentation;

/// <summary>
/// jieba 0.42.1's dictionary and HMM as bundled in this assembly, each read on first use and then shared:
/// both are immutable, and every <see cref="SegmenterBuilder"/> starts from them. The HMM is read only when
/// a Han run missing from the dictionary needs it (a short query often has none).
/// </summary>
internal static class JiebaLexicon
{
    private static readonly Lazy<HmmModel> s_hmm = new(HmmModel.LoadBundled);

    private static readonly Lazy<PrefixDictionary> s_dictionary = new(() =>
        PrefixDictionarySnapshot.Read(LexiconResources.ReadAllBytes(LexiconResources.JiebaTrie)));

    public static PrefixDictionary Dictionary => s_dictionary.Value;

    public static Lazy<HmmModel> Hmm => s_hmm;
}
