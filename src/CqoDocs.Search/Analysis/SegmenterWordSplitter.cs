using CqoDocs.Search.Segmentation;

namespace CqoDocs.Search.Analysis;

/// <summary>
/// The jieba segmenter in search mode: a long word is emitted with the dictionary words inside it
/// (首席, 质量, 首席质量官), so a query for any of them finds it. The segmenter knows nothing of the index;
/// this adapter only hands its offsets on.
/// </summary>
public sealed class SegmenterWordSplitter(Segmenter segmenter) : IWordSplitter
{
    public IEnumerable<(int Start, int End)> Split(string text)
    {
        foreach (var range in segmenter.CutOffsets(text, SegmentMode.Search))
        {
            yield return (range.Start, range.End);
        }
    }
}
