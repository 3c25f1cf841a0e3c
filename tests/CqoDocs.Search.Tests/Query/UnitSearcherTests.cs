using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;
using CqoDocs.Search.Query;
using CqoDocs.Search.Tests.Index;

namespace CqoDocs.Search.Tests.Query;

public sealed class UnitSearcherTests : IDisposable
{
    private readonly IndexFixture _f = new();

    public void Dispose() => _f.Dispose();

    private SearchResult Search(SearchRequest request) => new IndexedSearch(_f.Store, () => _f.Analyzer).Search(request);

    private IReadOnlyList<string> Labels(string query) => Search(new SearchRequest(query)).Hits.Select(h => h.Unit.Label).ToList();

    [Fact]
    public void A_unit_with_every_word_ranks_above_units_with_more_of_one_word()
    {
        var hits = Search(new SearchRequest("质量安全 一票否决")).Hits;

        Assert.Equal("第九条", hits[0].Unit.Label);
        Assert.Equal(2, hits[0].WordsMatched);
        Assert.All(hits.Skip(1), h => Assert.True(h.WordsMatched < 2));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Scores_fall_down_the_list()
    {
        var hits = Search(new SearchRequest("首席质量官 学历") { Limit = 20 }).Hits;
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Unit.Label), hits.Select(h => h.Unit.Label));
    }

    [Fact]
    public void A_heading_that_names_the_subject_outranks_a_body_that_mentions_it()
    {
        // 第五条 is headed 首席质量官任职条件; 二（二） says 任职条件 in passing.
        Assert.Equal("第五条", Labels("任职条件")[0]);
    }

    [Fact]
    public void A_whole_phrase_ranks_above_the_same_words_apart()
    {
        _f.Corpus.Replace([new Document
        {
            Id = "p", Title = "办法",
            Units =
            [
                new Unit("一", null, "企业负责培训，年度考核由组织报告。", []),
                new Unit("二", null, "企业年度考核报告。", []),
            ],
        }]);
        Assert.Equal("二", Labels("年度考核")[0]);
    }

    [Fact]
    public void Every_hit_shows_a_query_word_and_a_tag_alone_does_not_make_a_hit()
    {
        var hits = Search(new SearchRequest("职责") { Limit = 50 }).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("职责", h.Unit.Heading + h.Unit.Text));
        Assert.All(hits, h => Assert.Equal(1, h.WordsMatched));
    }

    [Fact]
    public void Snippets_mark_the_matched_words_in_the_original_text()
    {
        var hit = Search(new SearchRequest("一票否决")).Hits.Single();

        // 一票否决权 is in the synonym group of 一票否决, so the whole word is marked.
        Assert.Equal("首席质量官对质量安全问题具有【一票否决权】。", hit.Snippet.Marked());
        Assert.Equal("《清远市企业首席质量官管理办法》（清府办〔2016〕5号）第九条", hit.Citation);
    }

    [Fact]
    public void The_heading_is_marked_too()
    {
        var hit = Search(new SearchRequest("任职条件")).Hits[0];
        Assert.Equal("首席质量官【任职条件】", hit.Heading.Marked());
    }

    [Fact]
    public void Filters_apply_to_every_hit()
    {
        Assert.All(Search(new SearchRequest("首席质量官") { Region = "杭州" }).Hits, h => Assert.Equal("杭州市", h.Document.Region.City));
        Assert.All(Search(new SearchRequest("首席质量官") { Kind = DocumentKind.Opinion }).Hits, h => Assert.Equal(DocumentKind.Opinion, h.Document.Kind));
        Assert.All(Search(new SearchRequest("首席质量官") { Since = 2015, Until = 2016 }).Hits, h => Assert.Equal(2016, h.Document.Date!.Value.Year));
        Assert.All(Search(new SearchRequest("首席质量官") { Topics = [Topic.Powers, Topic.Duties] }).Hits,
            h => Assert.True(h.Unit.Topics.Contains(Topic.Powers) || h.Unit.Topics.Contains(Topic.Duties)));
        Assert.Throws<Core.CqoDocsException>(() => Search(new SearchRequest("首席质量官") { Region = "北京" }));
    }

    [Fact]
    public void Every_hit_carries_its_documents_status_and_in_force_keeps_only_documents_in_force()
    {
        var repealed = _f.Corpus.Stream().Documents.First();
        _f.Corpus.Replace(_f.Corpus.Stream().Documents.Select(d => d.Id == repealed.Id
            ? d with { Validity = new DeclaredValidity { Status = DocumentStatus.Repealed } } : d).ToList());

        var all = Search(new SearchRequest("首席质量官") { Limit = 50 });
        var inForce = Search(new SearchRequest("首席质量官") { Limit = 50, InForce = true });

        Assert.All(all.Hits, h => Assert.NotNull(h.Validity));
        Assert.Contains(all.Hits, h => h.Document.Id == repealed.Id && h.Validity!.Status == DocumentStatus.Repealed);
        Assert.NotEmpty(inForce.Hits);
        Assert.All(inForce.Hits, h => Assert.Equal(DocumentStatus.InForce, h.Validity!.Status));
        Assert.Equal(all.Hits.Count(h => h.Validity!.InForce), inForce.Total);
    }

    [Fact]
    public void Total_counts_every_matching_unit_beyond_the_limit()
    {
        var result = Search(new SearchRequest("首席质量官") { Limit = 2 });
        Assert.Equal(2, result.Hits.Count);
        Assert.True(result.Total > 2);
    }

    [Fact]
    public void A_query_with_nothing_to_look_for_does_not_build_an_index()
    {
        var result = Search(new SearchRequest("（）、的"));
        Assert.True(result.NothingToSearch);
        Assert.False(File.Exists(_f.IndexPath));
    }
}
