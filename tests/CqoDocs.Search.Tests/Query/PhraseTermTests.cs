using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using CqoDocs.Search.Query;
using CqoDocs.Search.Tests.Index;

namespace CqoDocs.Search.Tests.Query;

/// <summary>
/// A term the index stores as several tokens (3.5 is 3 and 5; 19001-2016 is 19001 and 2016) is a phrase, as
/// FTS5 reads it: only units with its tokens side by side match, ranked, counted and faceted as FTS5's bm25() ranks them.
/// </summary>
public sealed class PhraseTermTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SearchIndex _index;

    public PhraseTermTests()
    {
        var path = _folder.File("phrases.sqlite");
        var model = CorpusLoader.LoadBundled().Documents[0];
        string[][] texts =
        [
            ["企业应当执行GB/T 19001-2016标准，建立质量管理体系。", "首席质量官负责质量管理体系的运行。"],
            ["标准编号19001-2016与19001-2016的换版说明，19001-2016。", "2016年发布的19001系列标准。"],
            ["2016-19001不是同一个编号。", "企业质量损失率下降3.5%。"],
            ["质量管理体系认证依据19001-2016。", "首席质量官的培训为3天或5天。"],
            ["首席质量官应当具备3.5年以上质量管理经历。", "质量安全一票否决。"],
        ];
        _documents = texts.Select((units, n) => model with
        {
            Id = $"{model.Id}-phrase-{n}",
            Units = units.Select((t, i) => new Unit($"第{i + 1}条", null, t, n % 2 == 0 ? [Topic.Duties] : [])).ToList(),
        }).ToList();
        new IndexBuilder(StandardAnalyzer.Shared).Build(_documents, "h", "test", path);
        FtsReference.AddTo(path, _documents);
        _index = SearchIndex.Open(path);
    }

    private readonly List<Document> _documents;

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("3.5")]
    [InlineData("3.5 质量管理")]
    [InlineData("首席质量官 3.5")]
    public void A_term_of_several_tokens_ranks_as_fts5_ranks_its_phrase(string query)
    {
        var parsed = QueryParser.Parse(query, StandardAnalyzer.Shared, SynonymTable.Empty);
        Assert.Contains(parsed.AllTerms, t => !IndexTokens.IsSingle(t));
        foreach (var request in new[] { new SearchRequest(query), new SearchRequest(query) { Topics = [Topic.Duties] } })
        {
            var filter = SearchFilter.For(request, _index);
            var fast = new PostingsRanker(_index, RankingWeights.Default).Rank(parsed, filter, 50, countTotal: true);
            var reference = new FtsRanker(_index, RankingWeights.Default).Rank(parsed, filter, 50, countTotal: true);

            Assert.NotEmpty(fast.Units);
            Assert.Equal(reference.Total, fast.Total);
            Assert.Equal(reference.Units.Select(u => (u.Id, u.Coverage)), fast.Units.Select(u => (u.Id, u.Coverage)));
            Assert.All(reference.Units.Zip(fast.Units), p => Assert.Equal(p.First.Relevance, p.Second.Relevance, 1e-9));
        }
    }

    [Fact]
    public void Tokens_apart_or_in_another_order_do_not_match_the_phrase()
    {
        var postings = _index.Statistics.Postings("19001-2016", [1, 1, 1, 1]);

        var texts = postings.Ids.Select(Text).ToList();
        Assert.Equal(3, texts.Count);
        Assert.All(texts, t => Assert.Contains("19001-2016", t));
        // Three times in one unit: counted three times, as FTS5 counts a phrase's occurrences.
        Assert.Contains(postings.WeightedCounts, c => c >= 3);
    }

    [Fact]
    public void Facets_count_the_units_holding_the_phrase()
    {
        var facets = new FacetCounter(_index, StandardAnalyzer.Shared).Count(new SearchRequest("3.5") { Topics = [Topic.Duties] });

        Assert.Equal(Matching("3.5", $" AND u.id IN (SELECT unit FROM unit_topics WHERE topic = '{Topic.Duties}')"), facets.Total);
        Assert.True(facets.Total > 0);
    }

    private string Text(long id) => new StoredTexts(_index.Connection).Of(id)!;

    private long Matching(string query, string where)
    {
        var parsed = QueryParser.Parse(query, StandardAnalyzer.Shared);
        using var command = _index.Connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM units u WHERE u.id IN (SELECT rowid FROM unit_fts WHERE unit_fts MATCH $match){where}";
        command.Parameters.AddWithValue("$match", FtsSyntax.AnyOf(parsed.Words, parsed.Parts.ToList()));
        return (long)command.ExecuteScalar()!;
    }
}
