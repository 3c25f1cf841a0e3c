namespace CqoDocs.Cli.Tests;

public sealed class IndexCommandTests : IDisposable
{
    private readonly CliHarness _cli = SearchTestCorpus.Harness();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Index_builds_into_the_home_folder_and_prints_a_one_line_summary()
    {
        var r = _cli.Run("index");

        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^已建立索引：3 件文件，7 个条目，用时 [\d.]+ 秒（.+\.sqlite）\s*$", r.Out);
        Assert.Single(Directory.GetFiles(Path.Combine(_cli.Home, "index")));
    }

    [Fact]
    public void A_second_index_run_finds_it_fresh_and_rebuild_forces_a_build()
    {
        _cli.Run("index");

        Assert.StartsWith("索引是最新的：3 件文件，7 个条目", _cli.Run("index").Out);
        Assert.StartsWith("已建立索引", _cli.Run("index", "--rebuild").Out);
    }

    [Fact]
    public void Index_option_names_the_file()
    {
        var r = _cli.Run("index", "--index", "my.sqlite");

        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(_cli.File("my.sqlite")));
        Assert.Contains("第五条", _cli.Run("search", "任职条件", "--index", "my.sqlite").Out);
    }

    [Fact]
    public void A_truncated_index_is_found_by_index_and_rebuilt()
    {
        _cli.Run("index");
        var file = Directory.GetFiles(Path.Combine(_cli.Home, "index")).Single();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 3)]);

        var r = _cli.Run("index");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("截断", r.Error);
        Assert.StartsWith("已建立索引", r.Out);
    }

    [Fact]
    public void An_index_path_that_cannot_be_written_is_a_one_line_error()
    {
        File.WriteAllText(_cli.File("blocker"), "");

        var r = _cli.Run("index", "--index", Path.Combine("blocker", "index.sqlite"));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("无法写入索引", r.Error);
        Assert.Single(r.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Search_with_index_naming_a_file_that_is_not_an_index_refuses_and_leaves_it_alone()
    {
        File.WriteAllText(_cli.File("notes.txt"), "我的笔记");

        foreach (var r in new[] { _cli.Run("search", "任职条件", "--index", "notes.txt"), _cli.Run("index", "--index", "notes.txt") })
        {
            Assert.Equal(1, r.ExitCode);
            Assert.Single(r.Error.Trim().Split('\n'));
            Assert.StartsWith("cqodocs: ", r.Error);
        }
        Assert.Equal("我的笔记", File.ReadAllText(_cli.File("notes.txt")));
    }

    [Fact]
    public void A_stray_journal_is_reported_by_index_and_cleared_and_search_still_answers()
    {
        _cli.Run("index");
        var file = Directory.GetFiles(Path.Combine(_cli.Home, "index")).Single();
        // A rollback journal is SQLite's to roll back (a killed update's); a write-ahead log is never this tool's.
        File.WriteAllBytes(file + "-wal", File.ReadAllBytes(file)[..512]);

        var r = _cli.Run("index");

        Assert.Contains("残留", r.Error);
        Assert.StartsWith("已建立索引", r.Out);
        Assert.False(File.Exists(file + "-wal"));
        Assert.Contains("第五条", _cli.Run("search", "任职条件").Out);
    }

    [Fact]
    public void A_dropped_table_is_reported_by_index_not_called_up_to_date()
    {
        _cli.Run("index");
        var file = Directory.GetFiles(Path.Combine(_cli.Home, "index")).Single();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE units";
            command.ExecuteNonQuery();
        }

        var r = _cli.Run("index");

        Assert.Contains("units", r.Error);
        Assert.StartsWith("已建立索引", r.Out);
    }

    [Fact]
    public void A_missing_corpus_folder_is_a_one_line_error()
    {
        _cli.CorpusDirectory = _cli.File("nowhere");

        var r = _cli.Run("index");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("语料库文件夹不存在", r.Error);
    }
}
