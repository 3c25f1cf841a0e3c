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
        var documents = Recombined(CorpusLoader.LoadBundled(), 1500);
        new IndexBuilder(StandardAnalyzer.Shared).Build(documents, "h", "test", path);
        FtsReference.AddTo(path, documents);
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
    public void Gives_the_same_ranking_as_fts5_bm25(string query) => AssertSameRanking(new SearchRequest(query));

    public static TheoryData<string, string> FilteredQueries()
    {
        var data = new TheoryData<string, string>();
        string[] queries = ["首席质量官", "企业", "质量 安全", "首席质量官 企业 质量", "首席质量官应当具备哪些条件"];
        foreach (var filter in Filters.Keys)
        {
            foreach (var query in queries) data.Add(filter, query);
        }
        return data;
    }

    /// <summary>Every filter alone and in combinations, its values taken from the documents the index holds.</summary>
    private static readonly Dictionary<string, Func<SearchRequest, IReadOnlyList<Document>, SearchRequest>> Filters = new()
    {
        ["topic"] = (r, _) => r with { Topics = [Topic.Duties] },
        ["two topics"] = (r, _) => r with { Topics = [Topic.Training, Topic.Qualifications] },
        ["region"] = (r, d) => r with { Region = Province(d) },
        ["kind"] = (r, d) => r with { Kind = CommonKind(d) },
        ["rare kind"] = (r, d) => r with { Kind = d.GroupBy(x => x.Kind).MinBy(g => g.Count())!.Key },
        ["since"] = (r, d) => r with { Since = MiddleYear(d) },
        ["until"] = (r, d) => r with { Until = MiddleYear(d) },
        ["one year"] = (r, d) => r with { Since = MiddleYear(d), Until = MiddleYear(d) },
        ["topic and kind"] = (r, d) => r with { Topics = [Topic.Duties], Kind = CommonKind(d) },
        ["region and years"] = (r, d) => r with { Region = Province(d), Since = MiddleYear(d) - 5, Until = MiddleYear(d) + 5 },
        ["in force"] = (r, d) => r with { InForce = true, AsOf = new DateOnly(MiddleYear(d) + 1, 1, 1) },
        ["in force and topic"] = (r, d) => r with { InForce = true, AsOf = new DateOnly(MiddleYear(d) + 1, 1, 1), Topics = [Topic.Duties] },
        ["every filter"] = (r, d) => r with { Topics = [Topic.Appointment, Topic.Duties], Region = Province(d), Kind = CommonKind(d), Since = MiddleYear(d) - 20 },
    };

    private static string Province(IReadOnlyList<Document> documents) =>
        documents.Select(d => d.Region.Province).OfType<string>().GroupBy(p => p).MaxBy(g => g.Count())!.Key;

    private static DocumentKind CommonKind(IReadOnlyList<Document> documents) => documents.GroupBy(d => d.Kind).MaxBy(g => g.Count())!.Key;

    private static int MiddleYear(IReadOnlyList<Document> documents)
    {
        var years = documents.Select(d => d.Date?.Year).OfType<int>().Order().ToList();
        return years[years.Count / 2];
    }

    [Theory]
    [MemberData(nameof(FilteredQueries))]
    public void Gives_the_same_filtered_ranking_as_fts5_bm25(string filter, string query)
    {
        var documents = _index.Documents.Values.Select(d => d.Document).ToList();
        AssertSameRanking(Filters[filter](new SearchRequest(query), documents));
    }

    [Fact]
    public void A_filter_no_unit_passes_leaves_nothing_to_rank()
    {
        var documents = _index.Documents.Values.Select(d => d.Document).ToList();
        var years = documents.Select(d => d.Date?.Year).OfType<int>().ToList();
        var request = new SearchRequest("首席质量官") { Since = years.Max() + 1 };
        var parsed = QueryParser.Parse(request.Text, StandardAnalyzer.Shared, SynonymTable.Empty);

        var ranking = new PostingsRanker(_index, RankingWeights.Default).Rank(parsed, SearchFilter.For(request, _index), 10, countTotal: true);

        Assert.NotNull(ranking);
        Assert.Empty(ranking.Units);
        Assert.Equal(0, ranking.Total);
    }

    [Fact]
    public void Every_filtered_unit_passes_the_filter()
    {
        var documents = _index.Documents.Values.Select(d => d.Document).ToList();
        var request = Filters["every filter"](new SearchRequest("首席质量官 企业") { Limit = 50 }, documents);
        var parsed = QueryParser.Parse(request.Text, StandardAnalyzer.Shared, SynonymTable.Empty);

        var ranking = new PostingsRanker(_index, RankingWeights.Default).Rank(parsed, SearchFilter.For(request, _index), 50, countTotal: true);

        Assert.NotNull(ranking);
        Assert.NotEmpty(ranking.Units);
        using var command = _index.Connection.CreateCommand();
        command.CommandText = "SELECT d.kind, d.year, d.province, u.topics FROM units u JOIN documents d ON d.id = u.doc WHERE u.id = $id";
        var id = command.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Integer);
        foreach (var unit in ranking.Units)
        {
            id.Value = unit.Id;
            using var reader = command.ExecuteReader();
            Assert.True(reader.Read());
            Assert.Equal(request.Kind!.Value.Key(), reader.GetString(0));
            Assert.True(reader.GetInt32(1) >= request.Since);
            Assert.Equal(request.Region, reader.GetString(2));
            Assert.True(reader.GetString(3).Split(',').Intersect(request.Topics).Any());
        }
    }

    private void AssertSameRanking(SearchRequest request)
    {
        // Synonyms are scored by their best alternative, which FTS5's bm25() cannot express: compared without.
        var parsed = QueryParser.Parse(request.Text, StandardAnalyzer.Shared, SynonymTable.Empty);
        var filter = SearchFilter.For(request, _index);
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

    /// <summary>Units of whole sentences drawn from the bundled corpus, about 300 characters each, deterministic.</summary>
    internal static IReadOnlyList<Document> Recombined(CorpusSet source, int units)
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
