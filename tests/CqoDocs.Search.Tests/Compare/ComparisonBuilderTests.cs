using CqoDocs.Core;
using CqoDocs.Search.Compare;
using CqoDocs.Search.Tests.Index;

namespace CqoDocs.Search.Tests.Compare;

public class ComparisonBuilderTests
{
    [Fact]
    public void Each_document_with_units_on_the_topic_is_a_column_ordered_by_region()
    {
        var comparison = ComparisonBuilder.Build(MemoryCorpus.Sample(), "任职条件");

        Assert.Equal("qualifications", comparison.Topic);
        Assert.Equal(["广东省清远市", "浙江省杭州市"], comparison.Columns.Select(c => c.RegionName));
        Assert.Equal(["第五条"], comparison.Columns[0].Units.Select(u => u.Label));
        Assert.Equal(["taipei-2018-measures"], comparison.Silent.Select(d => d.Id));
    }

    [Fact]
    public void Regions_narrow_the_documents_and_any_of_several_passes()
    {
        var comparison = ComparisonBuilder.Build(MemoryCorpus.Sample(), "duties", ["清远", "台湾"]);
        Assert.Equal(["台湾省", "广东省清远市"], comparison.Columns.Select(c => c.RegionName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_topic_is_a_domain_error_listing_the_topics()
    {
        var e = Assert.Throws<CqoDocsException>(() => ComparisonBuilder.Build(MemoryCorpus.Sample(), "薪酬"));
        Assert.Contains("任职条件（qualifications）", e.Message);
    }

    [Fact]
    public void A_region_no_document_is_in_is_an_error_naming_the_nearest()
    {
        var e = Assert.Throws<CqoDocsException>(() => ComparisonBuilder.Build(MemoryCorpus.Sample(), "职责", ["清原"]));
        Assert.Contains("没有地区“清原”", e.Message);
    }

    [Fact]
    public void A_topic_is_read_in_either_script() =>
        Assert.Equal(ComparisonBuilder.Build(MemoryCorpus.Sample(), "职责").Columns.Count, ComparisonBuilder.Build(MemoryCorpus.Sample(), "職責").Columns.Count);

    [Fact]
    public void Markdown_cells_escape_pipes_and_line_breaks()
    {
        var documents = MemoryCorpus.Sample().Take(1).Select(d => d with
        {
            Units = [new Core.Model.Unit("第一条", "a|b", "一行\n二行 | 三", ["duties"])],
        });
        var output = new StringWriter();
        ComparisonMarkdownWriter.Write(ComparisonBuilder.Build(documents, "duties"), output);

        Assert.Contains("**第一条 a\\|b**<br>一行<br>二行 \\| 三", output.ToString());
    }
}
