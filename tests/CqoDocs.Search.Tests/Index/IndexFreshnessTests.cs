using CqoDocs.Core.Model;
using CqoDocs.Search.Index;
using CqoDocs.Search.Query;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Tests.Index;

/// <summary>Every way an index file can be unusable, and the rebuild that must follow instead of a failure.</summary>
public class IndexFreshnessTests
{
    [Fact]
    public void A_missing_index_is_built_on_first_use()
    {
        using var f = new IndexFixture();
        Assert.Equal(IndexState.Missing, f.Store.Inspect().State);
        using var index = f.Store.OpenFresh();
        Assert.Equal(1, f.Corpus.Loads);
        Assert.True(f.Store.Inspect().IsFresh);
    }

    [Fact]
    public void A_fresh_index_is_opened_without_loading_the_corpus()
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        using var index = f.Store.OpenFresh();
        Assert.Equal(1, f.Corpus.Loads);
    }

    [Fact]
    public void An_index_of_an_older_corpus_is_stale_and_rebuilt()
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        f.Corpus.Replace([.. MemoryCorpus.Sample(), new Document
        {
            Id = "new", Title = "新文件", Units = [new Unit("第一条", null, "首席质量官年度考核。", [Topic.Evaluation])],
        }]);

        Assert.Equal(IndexState.Stale, f.Store.Inspect().State);
        var hits = Search(f, "考核");

        Assert.Equal("new", Assert.Single(hits).Document.Id);
        Assert.True(f.Store.Inspect().IsFresh);
    }

    [Theory]
    [InlineData("random", true)]
    [InlineData("zero", false)]
    [InlineData("truncated", false)]
    [InlineData("header-only", false)]
    [InlineData("text", true)]
    [InlineData("wal", false)]
    [InlineData("drop-units", false)]
    [InlineData("empty-units", false)]
    [InlineData("empty-postings", false)]
    [InlineData("drop-lengths", false)]
    [InlineData("drop-text-dictionaries", false)]
    public void A_damaged_index_is_reported_and_rebuilt_and_search_still_answers(string damage, bool inOwnFolderOnly)
    {
        using var f = new IndexFixture(pathIsOurs: inOwnFolderOnly);
        f.Store.Rebuild();
        Damage(f.IndexPath, damage);

        Assert.Equal(IndexState.Damaged, f.Store.Inspect().State);
        var hits = Search(f, "一票否决");

        Assert.Equal("第九条", Assert.Single(hits).Unit.Label);
        Assert.True(f.Store.Inspect(deep: true).IsFresh);
        Assert.Equal(["index.sqlite"], Directory.GetFiles(f.Folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("random")]
    [InlineData("text")]
    public void A_file_that_is_not_our_index_is_never_replaced_at_a_path_the_user_named(string content)
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        Damage(f.IndexPath, content);
        var before = File.ReadAllBytes(f.IndexPath);

        var e = Assert.Throws<CqoDocs.Core.CqoDocsException>(() => Search(f, "一票否决"));

        Assert.Equal(f.IndexPath, e.File);
        Assert.Equal(before, File.ReadAllBytes(f.IndexPath));
    }

    [Fact]
    public void Another_programs_sqlite_database_is_never_replaced()
    {
        using var f = new IndexFixture();
        Sql(f.IndexPath, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('我的数据');");
        var before = File.ReadAllBytes(f.IndexPath);

        Assert.Throws<CqoDocs.Core.CqoDocsException>(() => f.Store.Rebuild());

        Assert.Equal(before, File.ReadAllBytes(f.IndexPath));
    }

    [Fact]
    public void A_folder_at_the_index_path_is_refused_in_one_line()
    {
        using var f = new IndexFixture(pathIsOurs: true);
        Directory.CreateDirectory(f.IndexPath);

        Assert.Equal(IndexState.Damaged, f.Store.Inspect().State);
        var e = Assert.Throws<CqoDocs.Core.CqoDocsException>(() => f.Store.Rebuild());
        Assert.Contains("文件夹", e.Message);
    }

    [Fact]
    public void Rebuild_clears_leftover_journals_and_old_temporaries()
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        File.WriteAllText(f.IndexPath + "-wal", "残留");
        var stale = f.Folder.File($".index.sqlite.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(stale, "半个索引");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddDays(-1));

        Assert.Contains("残留", f.Store.Inspect().Reason);
        f.Store.Rebuild();

        Assert.Equal(["index.sqlite"], Directory.GetFiles(f.Folder.Path).Select(Path.GetFileName));
        Assert.True(f.Store.Inspect().IsFresh);
    }

    [Fact]
    public void Pages_damaged_behind_a_valid_header_are_caught_by_the_deep_check_or_the_query_and_rebuilt()
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        var bytes = File.ReadAllBytes(f.IndexPath);
        new Random(7).NextBytes(bytes.AsSpan(4096));
        File.WriteAllBytes(f.IndexPath, bytes);

        Assert.Equal(IndexState.Damaged, f.Store.Inspect(deep: true).State);
        var hits = Search(f, "一票否决");

        Assert.Equal("第九条", Assert.Single(hits).Unit.Label);
    }

    [Fact]
    public void An_index_written_with_another_schema_version_is_outdated()
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        using (var connection = new SqliteConnection($"Data Source={f.IndexPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta SET value = '0' WHERE key = 'schema_version'";
            command.ExecuteNonQuery();
        }
        Assert.Equal(IndexState.Outdated, f.Store.Inspect().State);
        using var index = f.Store.OpenFresh();
        Assert.Equal(2, f.Corpus.Loads);
    }

    [Fact]
    public void An_index_made_by_another_analyzer_is_outdated()
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        var other = new IndexStore(f.IndexPath, f.Corpus, "another-analyzer", () => f.Analyzer);
        Assert.Equal(IndexState.Outdated, other.Inspect().State);
    }

    internal static IReadOnlyList<SearchHit> Search(IndexFixture f, string query) =>
        new IndexedSearch(f.Store, () => f.Analyzer).Search(new SearchRequest(query)).Hits;

    private static void Damage(string path, string how)
    {
        var bytes = File.ReadAllBytes(path);
        switch (how)
        {
            case "random":
                new Random(1).NextBytes(bytes);
                File.WriteAllBytes(path, bytes);
                break;
            case "zero":
                File.WriteAllBytes(path, []);
                break;
            case "truncated":
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            case "header-only":
                File.WriteAllBytes(path, bytes[..100]);
                break;
            case "journal":
                File.WriteAllBytes(path + "-journal", bytes[..4096]);
                break;
            case "wal":
                File.WriteAllBytes(path + "-wal", [1, 2, 3]);
                break;
            case "drop-units":
                Sql(path, "DROP TABLE units");
                break;
            case "empty-units":
                Sql(path, "DELETE FROM units");
                break;
            case "empty-postings":
                Sql(path, "DELETE FROM term_postings");
                break;
            case "drop-lengths":
                Sql(path, "DROP TABLE unit_lengths");
                break;
            case "drop-text-dictionaries":
                Sql(path, "DROP TABLE text_dictionaries");
                break;
            case "text":
                File.WriteAllText(path, "这不是索引文件，是被覆盖的文本。\n");
                break;
        }
    }

    private static void Sql(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
