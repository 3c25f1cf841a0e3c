using CqoDocs.Search.Analysis;

namespace CqoDocs.Search.Tests.Analysis;

public sealed class LowerCaseFilterTests
{
    [Theory]
    [InlineData("GB/T 19001 首席质量官", "gb/t 19001 首席质量官")]
    [InlineData("ＣＱＯ制度", "ｃｑｏ制度")]
    [InlineData("ÉTUDE 㐀䶵", "étude 㐀䶵")]
    public void Letters_of_every_script_are_lowered_and_han_characters_kept(string text, string expected)
    {
        Assert.Equal(expected, new LowerCaseFilter().Apply(text));
    }

    [Fact]
    public void Text_without_capitals_is_returned_as_it_is()
    {
        var text = "质量安全一票否决";

        Assert.Same(text, new LowerCaseFilter().Apply(text));
    }
}
