using CqoDocs.Core.Templates;

namespace CqoDocs.Core.Tests.Templates;

public class TitleLineBreakerTests
{
    /// <summary>A stand-in for the segmenter: words are the listed ones, anything else one character at a time.</summary>
    private static WordSplitter Words(params string[] words) => text =>
    {
        var tokens = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var word = words.Where(w => string.CompareOrdinal(text, i, w, 0, w.Length) == 0).MaxBy(w => w.Length) ?? text[i].ToString();
            tokens.Add(word);
            i += word.Length;
        }
        return tokens;
    };

    private static readonly WordSplitter Dictionary = Words("华东", "精密", "机械", "股份", "有限公司", "关于", "实施", "首席质量官", "制度", "的", "通知",
        "印发", "管理办法", "试行", "企业", "清远市", "市场监督管理局", "工业和信息化局", "人力资源和社会保障局", "细则");

    [Fact]
    public void A_short_title_stays_on_one_line()
    {
        Assert.Equal(["关于实施首席质量官制度的通知"], TitleLineBreaker.Break("关于实施首席质量官制度的通知", 20, Dictionary));
    }

    [Fact]
    public void A_long_title_breaks_between_words_and_before_guanyu()
    {
        var lines = TitleLineBreaker.Break("华东精密机械股份有限公司关于实施首席质量官制度的通知", 20, Dictionary);
        Assert.Equal(["华东精密机械股份有限公司", "关于实施首席质量官制度的通知"], lines);
    }

    [Theory]
    [InlineData("清远市市场监督管理局关于印发《清远市企业首席质量官管理办法（试行）》实施细则的通知")]
    [InlineData("清远市市场监督管理局清远市工业和信息化局清远市人力资源和社会保障局关于印发企业首席质量官管理办法实施细则的通知")]
    [InlineData("华东精密机械股份有限公司首席质量官制度实施细则华东精密机械股份有限公司首席质量官制度实施细则的通知")]
    public void Lines_fit_the_text_block_keep_words_whole_and_never_form_an_hourglass(string title)
    {
        var lines = TitleLineBreaker.Break(title, 20, Dictionary);

        Assert.True(lines.Count > 1);
        Assert.Equal(title, string.Concat(lines));
        Assert.All(lines, l => Assert.True(l.Length <= 20, l));
        var words = Dictionary(title);
        var boundaries = words.Select((w, i) => words.Take(i).Sum(x => x.Length)).ToHashSet();
        var at = 0;
        foreach (var line in lines.SkipLast(1))
        {
            at += line.Length;
            Assert.Contains(at, boundaries);
        }
        for (var i = 1; i + 1 < lines.Count; i++)
        {
            Assert.False(lines[i].Length < lines[i - 1].Length && lines[i].Length < lines[i + 1].Length, string.Join(" / ", lines));
        }
        Assert.DoesNotContain(lines, l => l.StartsWith('的') || l.StartsWith('》') || l.EndsWith('《'));
    }

    [Fact]
    public void A_book_title_in_guillemets_is_not_broken_when_it_fits_a_line()
    {
        var lines = TitleLineBreaker.Break("清远市市场监督管理局关于印发《清远市企业首席质量官管理办法（试行）》的通知", 20, Dictionary);
        Assert.Contains("《清远市企业首席质量官管理办法（试行）》", string.Join("|", lines).Split('|').Select(l => l.Contains('《') ? l[l.IndexOf('《')..] : "").Where(l => l.Length > 0).Select(l => l.Contains('》') ? l[..(l.IndexOf('》') + 1)] : l));
    }

    [Fact]
    public void Without_a_segmenter_titles_still_break_to_fit()
    {
        var lines = TitleLineBreaker.Break("华东精密机械股份有限公司关于实施首席质量官制度的通知", 20, null);
        Assert.All(lines, l => Assert.True(l.Length <= 20));
        Assert.Equal("华东精密机械股份有限公司关于实施首席质量官制度的通知", string.Concat(lines));
    }

    [Fact]
    public void The_title_format_writes_the_lines_as_line_breaks()
    {
        var text = ValueFormatter.Format("华东精密机械股份有限公司关于实施首席质量官制度的通知", "标题", m => new InvalidOperationException(m), Dictionary);
        Assert.Equal("华东精密机械股份有限公司\n关于实施首席质量官制度的通知", text);
        Assert.True(ValueFormatter.IsKnownFormat("标题18"));
    }
}
