using CqoDocs.Search.Segmentation;

namespace CqoDocs.Search.Tests.Segmentation;

/// <summary>Tokens with their offsets, in the manner of Lucene's AssertAnalyzesTo.</summary>
public class SegmenterOffsetTests
{
    [Theory]
    [InlineData("我来到北京清华大学", "我|来到|北京|清华大学", "0,1|1,3|3,5|5,9")]
    [InlineData("ABC 3.14% 汉字", "ABC| |3.14%| |汉字", "0,3|3,4|4,9|9,10|10,12")]
    [InlineData("第一行\r\n第二行\r\r\n", "第一行|\r\n|第二行|\r|\r\n", "0,3|3,5|5,8|8,9|9,11")]
    [InlineData("𠀀汉字😀", "𠀀|汉字|😀", "0,2|2,4|4,6")]
    [InlineData("，。\u3000 ", "，|。|\u3000| ", "0,1|1,2|2,3|3,4")]
    public void Precise_mode_gives_tokens_with_utf16_offsets(string text, string terms, string offsets) =>
        AssertAnalyzesTo(Segmenter.Default.Cut(text), terms, offsets);

    [Fact]
    public void Search_mode_emits_dictionary_sub_words_before_the_long_word()
    {
        AssertAnalyzesTo(Segmenter.Default.Cut("清华大学", SegmentMode.Search),
            "清华|华大|大学|清华大学", "0,2|1,3|2,4|0,4");
        AssertAnalyzesTo(Segmenter.Default.Cut("中国科学院", SegmentMode.Search),
            "中国|科学|学院|科学院|中国科学院", "0,2|2,4|3,5|2,5|0,5");
    }

    [Fact]
    public void Without_hmm_unknown_words_stay_single_characters_and_latin_runs_stay_whole()
    {
        AssertAnalyzesTo(Segmenter.Default.Cut("他来到了网易杭研大厦", hmm: true), "他|来到|了|网易|杭研|大厦", "0,1|1,3|3,4|4,6|6,8|8,10");
        AssertAnalyzesTo(Segmenter.Default.Cut("他来到了网易杭研大厦", hmm: false), "他|来到|了|网易|杭|研|大厦", "0,1|1,3|3,4|4,6|6,7|7,8|8,10");
        AssertAnalyzesTo(Segmenter.Default.Cut("版本v2.0", hmm: false), "版本|v2|.|0", "0,2|2,4|4,5|5,6");
        AssertAnalyzesTo(Segmenter.Default.Cut("版本v2.0", hmm: true), "版本|v2.0", "0,2|2,6");
    }

    [Fact]
    public void Empty_text_has_no_tokens() => Assert.Empty(Segmenter.Default.Cut(""));

    [Fact]
    public void Long_text_is_cut_in_pieces_without_changing_the_tokens()
    {
        var sentence = ReferenceFiles.Input("Reference", "000_d27fbdcd870490af");
        var text = string.Concat(Enumerable.Repeat(sentence, 8));
        var tokens = Segmenter.Default.Cut(text).ToList();
        TokenAssert.OffsetsMatch(text, tokens);
        Assert.Equal(text, string.Concat(tokens.Select(t => t.Text)));
        var once = Segmenter.Default.Cut(sentence).Select(t => t.Text).ToList();
        Assert.Equal(Enumerable.Repeat(once, 8).SelectMany(t => t), tokens.Select(t => t.Text));
    }

    private static void AssertAnalyzesTo(IEnumerable<Token> tokens, string terms, string offsets)
    {
        var list = tokens.ToList();
        Assert.Equal(terms.Split('|'), list.Select(t => t.Text));
        Assert.Equal(offsets.Split('|'), list.Select(t => $"{t.Start},{t.End}"));
    }
}
