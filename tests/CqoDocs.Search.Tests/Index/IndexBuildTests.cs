using CqoDocs.Search.Index;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Tests.Index;

public class IndexBuildTests
{
    [Fact]
    public void A_build_writes_one_row_per_unit_and_the_corpus_hash()
    {
        using var f = new IndexFixture();
        var result = f.Store.Rebuild();

        Assert.Equal(3, result.Documents);
        Assert.Equal(8, result.Units);
        using var index = f.Store.OpenFresh();
        Assert.Equal("memory-v1", index.CorpusHash);
        Assert.Equal(8, Scalar(index, "SELECT count(*) FROM units"));
        Assert.Equal(8, Scalar(index, "SELECT sum(units) FROM unit_lengths"));
    }

    [Fact]
    public void Postings_are_stored_once_without_a_full_text_table_beside_them()
    {
        using var f = new IndexFixture();
        using var index = f.Store.OpenFresh();
        Assert.Equal(0, Scalar(index, "SELECT count(*) FROM sqlite_master WHERE name LIKE '%fts%'"));
        Assert.True(Scalar(index, "SELECT count(*) FROM term_postings") > 0);
    }

    [Fact]
    public void A_built_index_packs_its_rows_into_pages_of_the_schemas_size()
    {
        using var f = new IndexFixture();
        using var index = f.Store.OpenFresh();
        Assert.Equal(IndexSchema.PageSize, Scalar(index, "PRAGMA page_size"));
    }

    [Fact]
    public void The_full_text_columns_hold_the_analyzer_words_so_a_word_matches_but_half_a_word_does_not()
    {
        using var f = new IndexFixture();
        using var index = f.Store.OpenFresh();
        Assert.Single(index.Statistics.Postings("一票否决", Weights).Ids);
        Assert.Empty(index.Statistics.Postings("票否", Weights).Ids);
    }

    [Fact]
    public void Topics_are_searchable_by_their_chinese_name_and_filterable_by_key()
    {
        using var f = new IndexFixture();
        using var index = f.Store.OpenFresh();
        var postings = index.Statistics.Postings("任职条件", Weights);
        var inTopics = Enumerable.Range(0, postings.Ids.Length)
            .Count(i => postings.Positions[postings.Starts[i]..postings.Starts[i + 1]].Any(p => UnitTermPositions.ColumnOf(p) == TopicsColumn));
        Assert.Equal(2, inTopics);
        Assert.Equal(2, Scalar(index, "SELECT count(*) FROM unit_topics WHERE topic = 'qualifications'"));
    }

    [Fact]
    public void An_empty_corpus_makes_an_empty_index_that_answers_nothing()
    {
        using var f = new IndexFixture();
        f.Corpus.Replace([]);
        var hits = IndexFreshnessTests.Search(f, "首席质量官");
        Assert.Empty(hits);
        Assert.True(f.Store.Inspect(deep: true).IsFresh);
    }

    [Fact]
    public void The_build_leaves_no_temporary_file_behind()
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        Assert.Equal(["index.sqlite"], Directory.GetFiles(f.Folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_build_leaves_the_old_index_untouched()
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        var before = File.ReadAllBytes(f.IndexPath);
        var broken = new IndexStore(f.IndexPath, new ThrowingCorpus(), f.Analyzer.Version, () => f.Analyzer);

        Assert.IsType<SqliteException>(Assert.Throws<Core.CqoDocsException>(() => broken.Rebuild()).InnerException);

        Assert.Equal(before, File.ReadAllBytes(f.IndexPath));
        Assert.Single(Directory.GetFiles(f.Folder.Path));
    }

    [Fact]
    public void Progress_reports_reach_the_number_of_units()
    {
        using var f = new IndexFixture();
        var reports = new List<IndexProgress>();
        f.Store.Rebuild(new SynchronousProgress(reports.Add));
        Assert.Equal(new IndexProgress(8, 8), reports.MaxBy(r => r.Done));
    }

    private static readonly double[] Weights = [1, 1, 1, 1];
    private static readonly int TopicsColumn = IndexSchema.FtsColumns.ToList().IndexOf("topics");

    private static long Scalar(SearchIndex index, string sql)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private sealed class SynchronousProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value)
        {
            lock (this) report(value);
        }
    }

    private sealed class ThrowingCorpus : ICorpusSource
    {
        public string Origin => "坏语料";
        public string CurrentHash() => "x";
        public Core.Corpus.CorpusStream Stream() => Core.Corpus.CorpusStream.Of(
            [new Core.Model.Document { Id = "a", Title = "题", Units = [new Core.Model.Unit("一", null, "文", ["duties"])] },
             new Core.Model.Document { Id = "a", Title = "题", Units = [] }], "x", Origin);
    }
}
