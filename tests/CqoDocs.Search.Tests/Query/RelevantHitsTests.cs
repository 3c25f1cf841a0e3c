using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Query;
using CqoDocs.Search.Tests.Index;

namespace CqoDocs.Search.Tests.Query;

/// <summary>What a reader gets back: every hit shows a query word (or a synonym), none twice.</summary>
public sealed class RelevantHitsTests : IDisposable
{
    private readonly IndexFixture _f = new(StandardAnalyzer.Shared);

    public RelevantHitsTests() => _f.Corpus.Replace(
    [
        Doc("甲市-2020-measures", "甲市首席质量官管理办法", new Region("广东省", "广州市", null),
            new Unit("第三条", null, "首席质量官的聘任期限为三年，期满可以续聘。", [Topic.Appointment]),
            new Unit("第四条", null, "企业应当为首席质量官开展工作提供必要条件。", [Topic.Appointment]),
            new Unit("第五条", "工作职责", "首席质量官负责组织建立企业质量管理体系。", [Topic.Duties]),
            new Unit("第六条", null, "企业质量部门应当配合开展质量分析。", [Topic.Duties])),
        Doc("乙县-2021-news", "乙县举办首席质量官聘期培训", new Region("浙江省", "湖州市", "长兴县"),
            new Unit("第1段", null, "乙县首席质量官聘期两年，期满考核合格的予以续聘。", [Topic.Appointment]),
            new Unit("第2段", null, "培训班邀请专家讲授质量管理方法。", [Topic.Training])),
        Doc("丙市-2022-news", "丙市转载：甲市首席质量官管理办法解读", new Region("江苏省", "南京市", null),
            new Unit("第1段", null, "首席质量官的聘任期限为三年，期满可以续聘。", [Topic.Appointment])),
    ]);

    public void Dispose() => _f.Dispose();

    private static Document Doc(string id, string title, Region region, params Unit[] units) =>
        new() { Id = id, Title = title, Region = region, Kind = DocumentKind.Measures, Date = new DateOnly(2020, 1, 1), Units = units };

    private SearchResult Search(SearchRequest request) => new IndexedSearch(_f.Store, () => _f.Analyzer).Search(request);

    [Fact]
    public void A_synonym_finds_the_unit_that_says_the_other_member()
    {
        var hits = Search(new SearchRequest("聘期")).Hits;

        Assert.Contains(hits, h => h.Document.Id == "甲市-2020-measures" && h.Unit.Label == "第三条");
        Assert.Contains(hits, h => h.Document.Id == "乙县-2021-news" && h.Unit.Label == "第1段");
        Assert.All(hits, h => Assert.Equal(1, h.WordsMatched));
        Assert.Contains("【聘任期限】", hits.Single(h => h.Unit.Label == "第三条").Snippet.Marked());
    }

    [Fact]
    public void The_same_text_from_two_documents_is_listed_once()
    {
        var hits = Search(new SearchRequest("聘任期限 续聘")).Hits;

        Assert.Single(hits, h => h.Unit.Text.StartsWith("首席质量官的聘任期限为三年", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_only_in_the_title_or_region_does_not_make_a_hit()
    {
        // 培训 is in 乙县's title; only its 第2段 says it.
        var hits = Search(new SearchRequest("培训") { Limit = 20 }).Hits;

        var hit = Assert.Single(hits);
        Assert.Equal("第2段", hit.Unit.Label);
        Assert.Empty(Search(new SearchRequest("长兴")).Hits);
    }

    [Fact]
    public void The_count_of_words_matched_is_what_the_unit_shows()
    {
        // 甲市 is in the title of 第五条's document, not in its text.
        var hit = Search(new SearchRequest("甲市 质量管理体系")).Hits[0];

        Assert.Equal("第五条", hit.Unit.Label);
        Assert.Equal(1, hit.WordsMatched);
    }

    [Fact]
    public void Under_a_topic_units_that_say_its_words_rank_above_units_that_only_carry_the_tag()
    {
        var hits = Search(new SearchRequest("企业") { Topics = [Topic.Duties] }).Hits;

        Assert.Equal(["第五条", "第六条"], hits.Select(h => h.Unit.Label));
    }
}

public sealed class PageMetadataHitsTests : IDisposable
{
    private readonly IndexFixture _f = new(StandardAnalyzer.Shared);

    public PageMetadataHitsTests() => _f.Corpus.Replace(
    [
        new Document
        {
            Id = "丁市-2023-news", Title = "丁市召开首席质量官座谈会", Kind = DocumentKind.News,
            Units =
            [
                new Unit("第1段", null, "座谈会交流了首席质量官履职经验。\n来源：丁市继续教育学院 浏览次数：35", []),
                new Unit("第2段", null, "首席质量官每年应当参加继续教育。", [Topic.Training]),
            ],
        },
    ]);

    public void Dispose() => _f.Dispose();

    [Fact]
    public void A_word_only_in_a_line_of_page_metadata_does_not_make_a_hit()
    {
        var hits = new IndexedSearch(_f.Store, () => _f.Analyzer).Search(new SearchRequest("继续教育")).Hits;

        Assert.Equal(["第2段"], hits.Select(h => h.Unit.Label));
    }
}
