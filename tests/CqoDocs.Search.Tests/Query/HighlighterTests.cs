using CqoDocs.Search.Query;
using CqoDocs.Search.Tests.Analysis;

namespace CqoDocs.Search.Tests.Query;

public class HighlighterTests
{
    private readonly Highlighter _highlighter = new(TestAnalyzers.WordList());

    [Fact]
    public void Adjacent_and_overlapping_matches_merge_into_one_mark()
    {
        var text = _highlighter.Highlight("首席质量官任职条件", new HashSet<string> { "首席质量官", "质量", "任职条件" });
        Assert.Equal("【首席质量官任职条件】", text.Marked());
    }

    [Fact]
    public void Long_text_is_cut_around_the_window_with_the_most_distinct_matches()
    {
        var text = new string('文', 200) + "企业应当设立首席质量官，负责培训。" + new string('字', 200);
        var snippet = _highlighter.Snippet(text, new HashSet<string> { "首席质量官", "培训" }, maxLength: 60);

        Assert.StartsWith("…", snippet.Plain);
        Assert.EndsWith("…", snippet.Plain);
        Assert.Equal(["首席质量官", "培训"], snippet.Matches);
        Assert.True(snippet.Plain.Length <= 62);
    }

    [Fact]
    public void Line_breaks_become_spaces_in_a_snippet()
    {
        Assert.Equal("（一）【学历】； （二）经历。", _highlighter.Snippet("（一）学历；\n（二）经历。", new HashSet<string> { "学历" }).Marked());
    }

    [Fact]
    public void Text_without_matches_is_returned_plain()
    {
        Assert.Equal("质量", _highlighter.Highlight("质量", new HashSet<string> { "培训" }).Marked());
    }
}
