using System.Text.Json;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;

namespace CqoDocs.Cli.Tests;

/// <summary>The user's own library: import adds to it, every command reads it with the bundled corpus.</summary>
public sealed class LibraryTests : IDisposable
{
    private const string Measures = "某县企业首席质量官管理办法\n第一条 为落实企业质量主体责任，制定本办法。\n第二条 首席质量官的聘任期限为三年，期满可以续聘。\n某县人民政府办公室\n2022年4月1日\n";

    private readonly CliHarness _cli = new();

    public LibraryTests() => File.WriteAllText(_cli.File("measures.txt"), Measures);

    public void Dispose() => _cli.Dispose();

    private string Library => Path.Combine(_cli.Home, "library");

    [Fact]
    public void An_imported_notice_is_listed_as_the_users_and_found_by_search_and_show()
    {
        Assert.Equal(0, _cli.Run("import", "measures.txt").ExitCode);
        var id = Path.GetFileNameWithoutExtension(Directory.GetFiles(Library, "*.md").Single());

        var list = _cli.Run("list", "--json");
        using var json = JsonDocument.Parse(list.Out);
        var mine = json.RootElement.EnumerateArray().Where(d => d.GetProperty("user").GetBoolean()).ToList();
        Assert.Equal(id, Assert.Single(mine).GetProperty("id").GetString());
        Assert.Contains(json.RootElement.EnumerateArray(), d => d.GetProperty("id").GetString() == "清远-2016-measures");

        var search = _cli.Run("search", "聘任期限", "三年");
        Assert.Contains("某县企业首席质量官管理办法", search.Out);
        Assert.Equal(0, _cli.Run("show", id + "/第二条").ExitCode);
        Assert.Contains("某县", _cli.Run("compare", "appointment").Out);
    }

    [Fact]
    public void Search_notices_a_document_added_to_the_library_after_the_index_was_built()
    {
        _cli.Run("search", "聘任期限");
        _cli.Run("import", "measures.txt");

        var r = _cli.Run("search", "聘任期限", "三年");

        Assert.Contains("某县企业首席质量官管理办法", r.Out);
    }

    [Fact]
    public void Corpus_still_means_that_folder_only()
    {
        _cli.Run("import", "measures.txt");
        Directory.CreateDirectory(_cli.File("other"));

        var r = _cli.Run("list", "--json", "--corpus", "other");

        Assert.Equal("[]", r.Out.Trim());
    }

    [Fact]
    public void One_bad_library_file_is_named_on_stderr_and_the_rest_still_answers()
    {
        _cli.Run("import", "measures.txt");
        File.WriteAllText(Path.Combine(Library, "broken.md"), "---\nid: broken\n");

        foreach (var args in new[] { new[] { "list" }, ["search", "任职条件"], ["compare", "qualifications"], ["show", "清远-2016-measures"] })
        {
            var r = _cli.Run(args);
            Assert.Equal(0, r.ExitCode);
            var line = Assert.Single(r.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("broken.md"));
            Assert.Matches(@"broken\.md:\d+", line);
            Assert.NotEmpty(r.Out);
        }
    }

    [Fact]
    public void A_search_on_an_unchanged_index_still_names_the_bad_file()
    {
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Library).FullName, "broken.md"), "没有文件头\n");
        _cli.Run("search", "任职条件");

        var r = _cli.Run("search", "任职条件");

        Assert.DoesNotContain("建立索引", r.Error);
        Assert.Contains("broken.md", r.Error);
    }

    [Fact]
    public void Index_check_lists_every_problem_and_exits_1_or_0_when_clean()
    {
        Assert.Equal(0, _cli.Run("index", "--check").ExitCode);
        Directory.CreateDirectory(Library);
        File.WriteAllText(Path.Combine(Library, "a.md"), "没有文件头\n");
        File.WriteAllText(Path.Combine(Library, "b.md"), "---\nid: b\n---\n");

        var r = _cli.Run("index", "--check");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("a.md:1", r.Out);
        Assert.Contains("b.md", r.Out);
    }

    [Fact]
    public void The_same_document_imported_twice_is_listed_once()
    {
        var document = new Document
        {
            Id = "x-2022-measures",
            Title = "某县企业首席质量官管理办法",
            Date = new DateOnly(2022, 4, 1),
            Kind = DocumentKind.Measures,
            Units = [new Unit("第一条", null, "首席质量官的聘任期限为三年，期满可以续聘，由企业法定代表人聘任。", [])],
        };
        Directory.CreateDirectory(Library);
        File.WriteAllText(Path.Combine(Library, "x-2022-measures.md"), CorpusMarkdown.Write(document));
        File.WriteAllText(Path.Combine(Library, "y-2022-measures.md"), CorpusMarkdown.Write(document with { Id = "y-2022-measures" }));

        using var json = JsonDocument.Parse(_cli.Run("list", "--json").Out);
        Assert.Single(json.RootElement.EnumerateArray(), d => d.GetProperty("title").GetString() == document.Title);
        var search = _cli.Run("search", "聘任期限", "--json");
        Assert.Single(JsonDocument.Parse(search.Out).RootElement.GetProperty("hits").EnumerateArray(),
            h => h.GetProperty("citation").GetString()!.Contains(document.Title));
    }
}

/// <summary>Names as users type them: labels, kinds, topics and regions.</summary>
public sealed class NamesAsTypedCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Show_reads_a_label_with_ASCII_brackets_and_shows_a_section_with_its_items()
    {
        var item = _cli.Run("show", "吉林-2013-opinion/三(二)");
        Assert.Equal(0, item.ExitCode);
        Assert.StartsWith("《关于吉林省推行首席质量官制度的实施意见》（吉质联办〔2013〕10号）三（二）", item.Out);

        var section = _cli.Run("show", "吉林-2013-opinion/三");
        Assert.Contains("三（一）", section.Out);
        Assert.Contains("三（二）", section.Out);
    }

    [Fact]
    public void Show_reads_a_Traditional_label() =>
        Assert.StartsWith("《清远市企业首席质量官管理办法（试行）》第十一条", _cli.Run("show", "清远-2016-measures/第十一條").Out);

    [Theory]
    [InlineData("search", "任职条件", "--region", "清原")]
    [InlineData("search", "任职条件", "--kind", "管理办发")]
    [InlineData("search", "任职条件", "--topic", "薪酬")]
    [InlineData("compare", "职责", "--region", "清原")]
    public void An_unknown_filter_value_is_an_error_with_the_nearest_names(params string[] args)
    {
        var r = _cli.Run(args);

        Assert.Equal(1, r.ExitCode);
        Assert.Single(r.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("是否指") || l.Contains("可用"));
    }

    [Fact]
    public void Filters_accept_Chinese_kind_names_and_Traditional_topics()
    {
        var r = _cli.Run("search", "首席质量官", "--kind", "管理办法", "--topic", "職責", "--json");

        Assert.Equal(0, r.ExitCode);
        var hits = System.Text.Json.JsonDocument.Parse(r.Out).RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("清远-2016-measures", h.GetProperty("docId").GetString()));
    }
}
