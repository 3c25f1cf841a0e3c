namespace CqoDocs.Search.Segmentation;

/// <summary>
/// The bundled terms of quality management and official documents (Resources/domain-lexicon.txt, jieba user
/// dictionary format) that jieba's general dictionary splits apart: 首席质量官, 一票否决, 发文字号 ...
/// </summary>
internal static class DomainLexicon
{
    public const string SourceName = LexiconResources.DomainLexicon;

    public static TextReader OpenReader() => new StringReader(LexiconResources.ReadAllText(LexiconResources.DomainLexicon));
}
