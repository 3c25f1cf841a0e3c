using CqoDocs.Search.Query;

namespace CqoDocs.Search.Tests.Query;

public sealed class PageMetadataTests
{
    [Theory]
    [InlineData("来源：某市市场监管局 发布时间：2024-05-06 浏览次数：12")]
    [InlineData("【信息来源】某县人民政府 【发布时间】2023-01-02")]
    [InlineData("责任编辑：张三")]
    public void Lines_of_page_metadata_are_recognised(string line) => Assert.True(PageMetadata.IsLine(line));

    [Theory]
    [InlineData("首席质量官应当参加继续教育。")]
    [InlineData("培训时间：每年不少于24学时，由质监部门组织。")]
    [InlineData("主要任务：推行首席质量官制度。")]
    public void The_documents_own_sentences_are_not(string line) => Assert.False(PageMetadata.IsLine(line));
}
