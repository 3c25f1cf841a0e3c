using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using CqoDocs.Search.Query;
using CqoDocs.Search.Tests.Index;

namespace CqoDocs.Search.Tests.Query;

/// <summary>Facet counts must equal what SQL counts over the units FTS5 matches, under the same filters.</summary>
public sealed class FacetCounterTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SearchIndex _index;
    private readonly IReadOnlyList<Document> _documents;

    public FacetCounterTests()
    {
        var path = _folder.File("generated.sqlite");
        _documents = PostingsRankerTests.Recombined(CorpusLoader.LoadBundled(), 500);
        new IndexBuilder(StandardAnalyzer.Shared).Build(_documents, "h", "test", path);
        FtsReference.AddTo(path, _documents);
        _index = SearchIndex.Open(path);
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("首席质量官")]
    [InlineData("质量 安全")]
    [InlineData("培训 考核 首席质量官")]
    [InlineData("首席质量官应当具备哪些条件")]
    public void Counts_each_value_as_sql_counts_the_matching_units(string query)
    {
        var facets = new FacetCounter(_index, StandardAnalyzer.Shared).Count(new SearchRequest(query));

        var expected = Reference(query, "");
        Assert.True(facets.Total > 0);
        Assert.Equal(expected.Total, facets.Total);
        Assert.Equal(expected.Topics.Order(), facets.Topics.Select(p => (p.Key, p.Value)).Order());
        Assert.Equal(expected.Provinces.Order(), facets.Provinces.Select(p => (p.Key, p.Value)).Order());
        Assert.Equal(expected.Years.Order(), facets.Years.Select(p => (p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Value)).Order());
        Assert.Equal(expected.Kinds.Order(), facets.Kinds.Select(p => (p.Key.Key(), p.Value)).Order());
    }

    [Fact]
    public void Counts_only_the_units_the_filters_admit()
    {
        var kind = _documents.GroupBy(d => d.Kind).MaxBy(g => g.Count())!.Key;
        var request = new SearchRequest("首席质量官 企业") { Topics = [Topic.Duties], Kind = kind };

        var facets = new FacetCounter(_index, StandardAnalyzer.Shared).Count(request);

        var expected = Reference(request.Text, $" AND d.kind = '{kind.Key()}' AND u.id IN (SELECT unit FROM unit_topics WHERE topic = '{Topic.Duties}')");
        Assert.True(facets.Total > 0);
        Assert.Equal(expected.Total, facets.Total);
        Assert.Equal([(kind, expected.Total)], facets.Kinds.Select(p => (p.Key, p.Value)));
        Assert.Equal(expected.Total, facets.Topics[Topic.Duties]);
        Assert.Equal(expected.Topics.Order(), facets.Topics.Select(p => (p.Key, p.Value)).Order());
        Assert.Equal(expected.Years.Order(), facets.Years.Select(p => (p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Value)).Order());
    }

    [Fact]
    public void A_query_nothing_matches_has_no_facets()
    {
        var facets = new FacetCounter(_index, StandardAnalyzer.Shared).Count(new SearchRequest("zzqxvw"));

        Assert.Equal(0, facets.Total);
        Assert.Empty(facets.Topics);
        Assert.Empty(facets.Kinds);
    }

    private sealed record Expected(int Total, List<(string, int)> Topics, List<(string, int)> Provinces, List<(string, int)> Years, List<(string, int)> Kinds);

    private Expected Reference(string query, string where)
    {
        var parsed = QueryParser.Parse(query, StandardAnalyzer.Shared);
        var match = FtsSyntax.AnyOf(parsed.Words, parsed.Parts.ToList());
        var matching = $"SELECT u.id, d.province, d.year, d.kind FROM units u JOIN documents d ON d.id = u.doc WHERE u.id IN (SELECT rowid FROM unit_fts WHERE unit_fts MATCH $match){where}";
        List<(string, int)> Grouped(string sql)
        {
            using var command = _index.Connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$match", match);
            using var reader = command.ExecuteReader();
            var rows = new List<(string, int)>();
            while (reader.Read()) rows.Add((Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!, reader.GetInt32(1)));
            return rows;
        }
        var total = Grouped($"SELECT 'all', count(*) FROM ({matching})").Single().Item2;
        return new Expected(total,
            Grouped($"SELECT t.topic, count(*) FROM ({matching}) m JOIN unit_topics t ON t.unit = m.id GROUP BY t.topic"),
            Grouped($"SELECT province, count(*) FROM ({matching}) WHERE province IS NOT NULL AND province <> '' GROUP BY province"),
            Grouped($"SELECT year, count(*) FROM ({matching}) WHERE year IS NOT NULL GROUP BY year"),
            Grouped($"SELECT kind, count(*) FROM ({matching}) GROUP BY kind"));
    }
}
