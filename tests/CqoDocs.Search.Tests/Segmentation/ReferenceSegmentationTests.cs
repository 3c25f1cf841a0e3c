using CqoDocs.Search.Segmentation;

namespace CqoDocs.Search.Tests.Segmentation;

/// <summary>
/// The segmenter against Python jieba 0.42.1 itself: the seeds (Reference/) and extra cases made the same way
/// (Cases/), in precise and search mode, token for token, whitespace tokens included.
/// </summary>
public class ReferenceSegmentationTests
{
    public static TheoryData<string> Seeds => ReferenceFiles.Names("Reference");
    public static TheoryData<string> Cases => ReferenceFiles.Names("Cases");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Precise_mode_equals_python_jieba_on_the_seeds(string name) => Check("Reference", name, "precise", SegmentMode.Precise);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Search_mode_equals_python_jieba_on_the_seeds(string name) => Check("Reference", name, "search", SegmentMode.Search);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Precise_mode_equals_python_jieba_on_extra_cases(string name) => Check("Cases", name, "precise", SegmentMode.Precise);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Search_mode_equals_python_jieba_on_extra_cases(string name) => Check("Cases", name, "search", SegmentMode.Search);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Precise_mode_without_hmm_equals_python_jieba_on_extra_cases(string name) =>
        Check("Cases", name, "nohmm", SegmentMode.Precise, hmm: false);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_token_is_the_text_between_its_offsets(string name)
    {
        var text = ReferenceFiles.Input("Reference", name);
        foreach (var mode in new[] { SegmentMode.Precise, SegmentMode.Search })
        {
            TokenAssert.OffsetsMatch(text, Segmenter.Default.Cut(text, mode));
            TokenAssert.OffsetsMatch(text, Segmenter.Default.Cut(text, mode, hmm: false));
        }
    }

    private static void Check(string folder, string name, string kind, SegmentMode mode, bool hmm = true)
    {
        var text = ReferenceFiles.Input(folder, name);
        var expected = ReferenceFiles.ExpectedTokens(folder, name, kind);
        var actual = Segmenter.Default.Cut(text, mode, hmm).Select(t => t.Text).ToList();
        TokenAssert.SameTokens(expected, actual);
    }
}
