using CqoDocs.Web.Workbench;

namespace CqoDocs.Web.Tests;

public sealed class MarkedTextTests
{
    private static string Html(string text, params TextMark[] marks) => MarkedText.Of(text, marks).ToString()!;

    [Fact]
    public void A_marked_value_is_wrapped_where_it_stands_with_its_explanation()
    {
        var text = "应具有大专以上学历。";
        var start = text.IndexOf("大专以上", StringComparison.Ordinal);

        var html = Html(text, new TextMark(start, start + 4, "学历：大专以上", Departs: false));

        Assert.Equal("<p>应具有<mark class=\"differs\" title=\"学历：大专以上\">大专以上</mark>学历。</p>", html);
    }

    [Fact]
    public void Each_line_is_a_paragraph_and_a_mark_across_a_line_break_is_cut_at_it()
    {
        var text = "第一行五年\n以上第二行";

        var html = Html(text, new TextMark(3, 8, "年限", Departs: true));

        Assert.Equal("<p>第一行<mark class=\"differs departs\" title=\"年限\">五年</mark></p><p><mark class=\"differs departs\" title=\"年限\">以上</mark>第二行</p>", html);
    }

    [Fact]
    public void Of_two_overlapping_marks_the_first_wins_and_no_text_is_repeated()
    {
        var text = "本科以上学历";

        var html = Html(text, new TextMark(0, 4, "学历", false), new TextMark(2, 6, "其他", false));

        Assert.Equal("<p><mark class=\"differs\" title=\"学历\">本科以上</mark><mark class=\"differs\" title=\"其他\">学历</mark></p>", html);
    }

    [Fact]
    public void Markup_in_the_text_and_in_the_explanation_is_encoded()
    {
        var html = Html("<b>本科</b>", new TextMark(3, 5, "\"<x>", false));

        Assert.Equal("<p>&lt;b&gt;<mark class=\"differs\" title=\"&quot;&lt;x&gt;\">本科</mark>&lt;/b&gt;</p>", html);
    }

    [Fact]
    public void Without_marks_the_text_is_the_paragraphs_the_other_pages_show()
    {
        Assert.Equal("<p>甲</p><p>乙</p>", Html("  甲  \n\n乙\n"));
    }
}
