using CqoDocs.Search.Normalisation;
using CqoDocs.Search.Segmentation;

namespace CqoDocs.Search.Tests.Segmentation;

public class ScriptNormaliserTests
{
    private const string Traditional = "關於推行企業首席質量官制度的實施意見：為深入實施質量強省戰略，現就有關事項通知如下。";
    private const string Simplified = "关于推行企业首席质量官制度的实施意见：为深入实施质量强省战略，现就有关事项通知如下。";

    [Fact]
    public void Traditional_characters_become_simplified_one_for_one()
    {
        var result = ScriptNormaliser.ToSimplified(Traditional);
        Assert.Equal(Simplified, result);
        Assert.Equal(Traditional.Length, result.Length);
    }

    [Fact]
    public void Simplified_text_comes_back_as_the_same_instance() =>
        Assert.Same(Simplified, ScriptNormaliser.ToSimplified(Simplified));

    [Fact]
    public void Rows_that_would_change_the_length_are_left_out_and_supplementary_pairs_map_to_pairs()
    {
        // 㑮 → 𫝈 would turn one UTF-16 unit into two; 𡻕 → 岁 two into one: both stay as they are.
        Assert.Equal("㑮𡻕", ScriptNormaliser.ToSimplified("㑮𡻕"));
        Assert.Equal("汉𠀾字", ScriptNormaliser.ToSimplified("漢𠁞字"));
    }

    [Fact]
    public void Traditional_input_gives_the_tokens_of_its_simplified_form_with_offsets_into_the_original()
    {
        var tokens = Segmenter.Default.Cut(ScriptNormaliser.ToSimplified(Traditional)).ToList();
        Assert.Equal(Segmenter.Default.Cut(Simplified).Select(t => t.Text), tokens.Select(t => t.Text));
        foreach (var token in tokens)
        {
            Assert.Equal(token.Text, ScriptNormaliser.ToSimplified(Traditional[token.Start..token.End]));
        }
        Assert.Contains(tokens, t => Traditional[t.Start..t.End] == "關於");
    }

    [Theory]
    [InlineData("ＡＢＣ１２３，全角　空格", "ABC123,全角 空格")]
    [InlineData("２０２４年", "2024年")]
    [InlineData("半角ABC", "半角ABC")]
    public void Width_folding_maps_full_width_ascii_and_the_ideographic_space_one_for_one(string text, string folded)
    {
        Assert.Equal(folded, WidthFolder.Fold(text));
    }

    [Fact]
    public void Folded_digits_join_into_one_number_token()
    {
        Assert.Equal(["２", "０", "２", "４", "年"], Segmenter.Default.Cut("２０２４年").Select(t => t.Text));
        Assert.Equal(["2024", "年"], Segmenter.Default.Cut(WidthFolder.Fold("２０２４年")).Select(t => t.Text));
    }
}
