using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Tests.Corpus;

public sealed class NamesAsTypedTests
{
    private static readonly Document Opinion = new()
    {
        Id = "x-2013-opinion",
        Title = "关于推行首席质量官制度的实施意见",
        Units =
        [
            new Unit("二", "主要任务", "", []),
            new Unit("二（一）", null, "设立岗位。", [], 2),
            new Unit("二（二）", null, "明确条件。", [], 2),
            new Unit("三", "保障措施", "加强领导。", []),
            new Unit("第十一条", null, "聘任期限为两年。", []),
        ],
    };

    [Theory]
    [InlineData("二(二)", "二（二）")]
    [InlineData("二 （二）", "二（二）")]
    [InlineData("第十一條", "第十一条")]
    [InlineData("第11条", "第十一条")]
    [InlineData("第１１条", "第十一条")]
    [InlineData("三", "三")]
    public void A_label_is_found_however_it_is_typed(string typed, string label) =>
        Assert.Equal(label, UnitLabels.Find(Opinion, typed)?.Label);

    [Fact]
    public void A_label_that_is_not_there_is_not_found() => Assert.Null(UnitLabels.Find(Opinion, "二(三)"));

    [Fact]
    public void A_section_comes_with_its_items_and_an_item_alone()
    {
        Assert.Equal(["二", "二（一）", "二（二）"], UnitLabels.WithItems(Opinion, Opinion.Units[0]).Select(u => u.Label));
        Assert.Equal(["二（一）"], UnitLabels.WithItems(Opinion, Opinion.Units[1]).Select(u => u.Label));
    }

    [Theory]
    [InlineData("管理办法", DocumentKind.Measures)]
    [InlineData("办法", DocumentKind.Measures)]
    [InlineData("實施意見", DocumentKind.Opinion)]
    [InlineData("News", DocumentKind.News)]
    [InlineData("地方标准", DocumentKind.Standard)]
    public void Kinds_are_read_by_key_or_Chinese_name(string typed, DocumentKind kind) =>
        Assert.Equal(kind, FilterNames.Kind(typed));

    [Fact]
    public void An_unknown_kind_suggests_the_nearest()
    {
        var e = Assert.Throws<CqoDocsException>(() => FilterNames.Kind("管理办发"));
        Assert.Contains("管理办法", e.Message);
        Assert.Equal("--kind", e.Field);
    }

    [Theory]
    [InlineData("職責", Topic.Duties)]
    [InlineData("任職條件", Topic.Qualifications)]
    [InlineData("继续教育", Topic.Training)]
    [InlineData("Duties", Topic.Duties)]
    public void Topics_are_read_in_either_script(string typed, string key) => Assert.Equal(key, FilterNames.Topic(typed));

    private static readonly Region[] Regions = [new("广东省", "清远市", null), new("吉林省", null, null), new("浙江省", "杭州市", "余杭区")];

    [Theory]
    [InlineData("清远")]
    [InlineData("清遠")]
    [InlineData("广东省清远市")]
    [InlineData("余杭")]
    public void A_region_some_document_is_in_is_accepted_in_either_script(string typed)
    {
        var region = FilterNames.Region(typed, Regions);
        Assert.Contains(Regions, r => r.Matches(region));
    }

    [Fact]
    public void An_unknown_region_is_an_error_naming_the_nearest()
    {
        var e = Assert.Throws<CqoDocsException>(() => FilterNames.Region("清原", Regions));
        Assert.Equal("没有地区“清原”。是否指：清远？", e.Message);
    }

    [Fact]
    public void A_region_far_from_every_name_lists_the_regions_there_are()
    {
        var e = Assert.Throws<CqoDocsException>(() => FilterNames.Region("乌鲁木齐", Regions));
        Assert.Contains("可用：", e.Message);
        Assert.Contains("清远", e.Message);
    }
}
