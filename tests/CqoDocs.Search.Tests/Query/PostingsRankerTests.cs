using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using CqoDocs.Search.Query;
using CqoDocs.Search.Tests.Index;

namespace CqoDocs.Search.Tests.Query;

/// <summary>
/// The postings ranking must give what FTS5's bm25() gives: same units, same order, same scores, same
/// totals, on a corpus where common words match nearly every unit (units recombined from the bundled corpus).
/// </summary>
public sealed class PostingsRankerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SearchIndex _index;

    public PostingsRankerTests()
    {
        var path = _folder.File("generated.sqlite");
        new IndexBuilder(StandardAnalyzer.Shared).Build(Recombined(CorpusLoader.LoadBundled(), 1500), "h", "test", path);
        _index = SearchIndex.Open(path);
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    public static TheoryData<string> Queries() =>
    [
        "首席质量官", "企业", "质量", "任职条件", "一票否决", "质量安全 一票否决", "首席质量官 企业 质量",
        "培训 考核", "職責", "继续教育 人才库", "首席质量官应当具备哪些条件", "表彰奖励优秀首席质量官",
        "聘任期限 聘书", "岗位津贴", "质量 安全", "企业 首席质量官", "首席质量官 制度", "质量管理体系的建立", "全面推行首席质量官制度", "不存在的词语组合xyz",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Gives_the_same_ranking_as_fts5_bm25(string query)
    {
        // Synonyms are scored by their best alternative, which FTS5's bm25() cannot express: compared without.
        var parsed = QueryParser.Parse(query, StandardAnalyzer.Shared, SynonymTable.Empty);
        var filter = SearchFilter.For(new SearchRequest(query), _index);
        foreach (var limit in new[] { 1, 10, 50 })
        {
            var fast = new PostingsRanker(_index, RankingWeights.Default).Rank(parsed, filter, limit, countTotal: true);
            var reference = new FtsRanker(_index, RankingWeights.Default).Rank(parsed, filter, limit, countTotal: true);

            Assert.NotNull(fast);
            Assert.Equal(reference.Total, fast.Total);
            Assert.Equal(reference.Units.Select(u => (u.Id, u.Coverage)), fast.Units.Select(u => (u.Id, u.Coverage)));
            Assert.All(reference.Units.Zip(fast.Units), p => Assert.Equal(p.First.Relevance, p.Second.Relevance, 1e-9));
        }
    }

    [Fact]
    public void Filtered_requests_are_left_to_fts5()
    {
        var request = new SearchRequest("首席质量官") { Kind = DocumentKind.Opinion };
        var parsed = QueryParser.Parse(request.Text, StandardAnalyzer.Shared);
        Assert.Null(new PostingsRanker(_index, RankingWeights.Default).Rank(parsed, SearchFilter.For(request, _index), 10, true));
    }

    /// <summary>Units of whole sentences drawn from the bundled corpus, about 300 characters each, deterministic.</summary>
    private static IReadOnlyList<Document> Recombined(CorpusSet source, int units)
    {
        var sentences = source.Documents.SelectMany(d => d.Units)
            .SelectMany(u => u.Text.Split('。', StringSplitOptions.RemoveEmptyEntries).Select(s => (Text: s + "。", u.Topics, u.Heading)))
            .ToList();
        var random = new Random(42);
        var documents = new List<Document>();
        for (var n = 0; n * 25 < units; n++)
        {
            var model = source.Documents[n % source.Documents.Count];
            var list = new List<Unit>();
            for (var i = 0; i < 25; i++)
            {
                var first = sentences[random.Next(sentences.Count)];
                var text = first.Text;
                while (text.Length < 300) text += sentences[random.Next(sentences.Count)].Text;
                list.Add(new Unit($"第{i + 1}条", random.Next(3) == 0 ? first.Heading : null, text, first.Topics));
            }
            documents.Add(model with { Id = $"{model.Id}-{n}", Units = list });
        }
        return documents;
    }
}
