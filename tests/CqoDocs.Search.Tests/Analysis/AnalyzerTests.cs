using CqoDocs.Search.Analysis;

namespace CqoDocs.Search.Tests.Analysis;

public class AnalyzerTests
{
    private static readonly Analyzer Analyzer = TestAnalyzers.WordList();

    [Fact]
    public void Tokens_carry_offsets_into_the_original_text()
    {
        const string text = "企业应当设立首席质量官。";
        var tokens = Analyzer.Analyze(text);
        Assert.All(tokens, t => Assert.Equal(t.Term, text[t.Start..t.End]));
        Assert.Contains(tokens, t => t is { Term: "首席质量官", Start: 6, End: 11 });
    }

    [Fact]
    public void Search_mode_parts_come_before_the_word_that_contains_them()
    {
        var terms = Analyzer.Analyze("首席质量官").Select(t => t.Term).ToList();
        Assert.Equal(["首席", "质量", "首席质量官"], terms);
    }

    [Fact]
    public void Punctuation_spaces_and_function_words_are_dropped()
    {
        var terms = Analyzer.Analyze("质量、安全 的（管理）\n制度").Select(t => t.Term).ToList();
        Assert.Equal(["质量", "安全", "管理", "制度"], terms);
    }

    [Fact]
    public void Full_width_and_upper_case_fold_but_offsets_stay_on_the_original()
    {
        const string text = "依据ＧＢ／Ｔ　１９０００标准";
        var tokens = Analyzer.Analyze(text);
        var gb = Assert.Single(tokens, t => t.Term == "gb");
        Assert.Equal("ＧＢ", text[gb.Start..gb.End]);
        Assert.Contains(tokens, t => t.Term == "19000" && text[t.Start..t.End] == "１９０００");
    }

    [Fact]
    public void Index_text_is_the_terms_joined_by_spaces()
    {
        Assert.Equal("首席 质量 首席质量官 职责", Analyzer.ToIndexText("首席质量官的职责"));
    }

    [Fact]
    public void A_character_filter_that_changes_the_length_is_refused()
    {
        var analyzer = new AnalyzerBuilder().AddCharFilter(new Dropping()).UseSplitter(new WordListSplitter()).Build();
        Assert.Throws<InvalidOperationException>(() => analyzer.Analyze("质量。"));
    }

    [Fact]
    public void Empty_text_gives_no_tokens()
    {
        Assert.Empty(Analyzer.Analyze(""));
        Assert.Empty(Analyzer.Analyze(null));
    }

    private sealed class Dropping : ICharFilter
    {
        public string Apply(string text) => text.Replace("。", "");
    }
}
