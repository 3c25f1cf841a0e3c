using CqoDocs.Search.Query;
using CqoDocs.Search.Tests.Analysis;

namespace CqoDocs.Search.Tests.Query;

public class QueryParserTests
{
    private static readonly CqoDocs.Search.Analysis.Analyzer Analyzer = TestAnalyzers.WordList();

    [Fact]
    public void Words_are_the_longest_tokens_and_keep_their_parts()
    {
        var parsed = QueryParser.Parse("首席质量官任职条件", Analyzer);

        Assert.Equal(["首席质量官", "任职条件"], parsed.Words.Select(w => w.Term));
        Assert.Equal(["首席", "质量"], parsed.Words[0].Parts);
        Assert.Equal(["首席", "质量", "首席质量官", "任职", "条件", "任职条件"], parsed.Sequence);
    }

    [Fact]
    public void A_query_naming_a_topic_carries_the_topic()
    {
        Assert.Equal(["qualifications"], QueryParser.Parse("任职条件", Analyzer).Topics);
        Assert.Equal(["duties"], QueryParser.Parse("首席质量官的职责", Analyzer).Topics);
    }

    [Fact]
    public void Repeated_words_count_once()
    {
        Assert.Single(QueryParser.Parse("质量 质量，质量", Analyzer).Words);
    }

    [Theory]
    [InlineData("\" OR ( * NEAR -")]
    [InlineData("（）！？“”")]
    [InlineData("的 和 与")]
    [InlineData("   ")]
    public void Operators_punctuation_and_function_words_leave_nothing_or_plain_words(string query)
    {
        var parsed = QueryParser.Parse(query, Analyzer);
        Assert.All(parsed.Words, w => Assert.Matches("^[a-z]+$", w.Term));
    }

    private static readonly CqoDocs.Search.Analysis.SynonymTable Synonyms = CqoDocs.Search.Analysis.SynonymTable.Parse("聘期 聘任期限\ncqo 首席质量官\n");
    private static readonly CqoDocs.Search.Analysis.Analyzer WithTerms = TestAnalyzers.WordList("聘期", "期限");

    [Fact]
    public void A_word_in_a_synonym_group_is_looked_for_as_any_member()
    {
        var word = Assert.Single(QueryParser.Parse("聘期", WithTerms, Synonyms).Words);

        Assert.Equal([["聘期"], ["聘任", "期限"]], word.Alternatives);
        Assert.Equal(["聘期", "聘任", "期限"], word.Terms);
    }

    [Fact]
    public void Words_that_spell_a_member_together_become_one_word_with_them_as_parts()
    {
        var parsed = QueryParser.Parse("聘任期限 首席质量官", WithTerms, Synonyms);

        Assert.Equal(2, parsed.Words.Count);
        Assert.Equal([["聘任", "期限"], ["聘期"]], parsed.Words[0].Alternatives);
        Assert.Equal(["聘任", "期限"], parsed.Words[0].Parts);
        Assert.Equal([["首席质量官"], ["cqo"]], parsed.Words[1].Alternatives);
    }

    [Fact]
    public void Without_a_group_a_word_is_just_itself()
    {
        var word = Assert.Single(QueryParser.Parse("学历", WithTerms, Synonyms).Words);
        Assert.True(word.IsSingleTerm);
    }
}
