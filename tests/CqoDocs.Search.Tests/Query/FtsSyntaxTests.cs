using CqoDocs.Search.Query;

namespace CqoDocs.Search.Tests.Query;

public class FtsSyntaxTests
{
    [Theory]
    [InlineData("质量", "\"质量\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("near", "\"near\"")]
    public void Every_term_is_a_quoted_string(string term, string expected) => Assert.Equal(expected, FtsSyntax.Quote(term));

    [Fact]
    public void Expressions_join_quoted_terms()
    {
        Assert.Equal("\"质量\" OR \"or\"", FtsSyntax.Or(["质量", "or"]));
        Assert.Equal("\"质量\" AND \"安全\"", FtsSyntax.And(["质量", "安全"]));
        Assert.Equal("\"质量 安全\"", FtsSyntax.Phrase(["质量", "安全"]));
    }
}
