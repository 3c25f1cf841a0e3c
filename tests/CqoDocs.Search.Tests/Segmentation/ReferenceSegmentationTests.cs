using CqoDocs.Search.Segmentation;

namespace CqoDocs.Search.Tests.Segmentation;

/// <summary>
/// The segmenter against Python jieba 0.42.1 itself: the seeds (Reference/) and extra cases made the same way
/// (Cases/, see make-golden.py; a case with NAME.dict.txt loads it as a user dictionary first), in precise,
/// search and no-HMM mode, token for token, whitespace tokens included.
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
        var actual = SegmenterFor(folder, name).Cut(text, mode, hmm).Select(t => t.Text).ToList();
        TokenAssert.SameTokens(expected, actual);
    }

    private static Segmenter SegmenterFor(string folder, string name)
    {
        var userDictionary = Path.Combine(ReferenceFiles.Folder(folder), name + ".dict.txt");
        if (!File.Exists(userDictionary)) return Segmenter.Default;
        using var reader = new StreamReader(userDictionary);
        return new SegmenterBuilder().AddUserDictionary(reader, userDictionary).Build();
    }
}
