using CqoDocs.Core.Templates;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// Where a generated document's title may break: between words of the index's own segmenter, with the
/// domain lexicon (首席质量官 stays whole). Shared by every caller that fills templates.
/// </summary>
internal static class TitleWords
{
    private static readonly Lazy<Segmenter> Segmenter = new(() => new SegmenterBuilder().AddDomainLexicon().Build());

    public static readonly WordSplitter Split = text => Segmenter.Value.Cut(text).Select(t => t.Text).ToList();
}
