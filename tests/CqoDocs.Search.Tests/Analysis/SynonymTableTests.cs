using CqoDocs.Search.Analysis;

namespace CqoDocs.Search.Tests.Analysis;

public sealed class SynonymTableTests
{
    [Fact]
    public void One_group_a_line_members_split_by_spaces_comments_and_single_words_skipped()
    {
        var table = SynonymTable.Parse("# 注释\n\n聘期 聘任期限\n解聘\u3000解除聘任 解聘\n孤词\n");

        Assert.Equal([["聘期", "聘任期限"], ["解聘", "解除聘任"]], table.Groups);
    }

    [Theory]
    [InlineData("聘期", "聘任期限")]
    [InlineData("解聘", "解除聘任")]
    [InlineData("任职资格", "任职条件")]
    [InlineData("CQO", "首席质量官")]
    public void The_bundled_table_holds_the_domains_pairs(string a, string b) =>
        Assert.Contains(SynonymTable.Bundled.Groups, g => g.Contains(a) && g.Contains(b));

    [Fact]
    public void The_analyzer_keeps_each_Chinese_member_whole_so_a_group_is_an_OR_of_terms()
    {
        foreach (var word in SynonymTable.Bundled.ChineseWords)
        {
            Assert.Contains(word, StandardAnalyzer.Shared.Analyze(word).Select(t => t.Term));
        }
    }
}
