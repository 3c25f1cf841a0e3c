using System.Text;
using System.Text.Json;
using CqoDocs.Core.Corpus;

namespace CqoDocs.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private const string Measures = "清远市企业首席质量官管理办法（试行）\n第一条 为落实企业质量主体责任，制定本办法。\n第二条 首席质量官应符合以下任职条件：\n（一）熟悉国家有关质量法律法规。\n清远市人民政府办公室\n2016年3月1日\n";
    private const string News = "某区首席质量官持证上岗\n本报讯（记者 张三）5月6日，余杭区举办首席质量官任职培训班，200余名首席质量官参加培训。\n培训内容涵盖质量法律法规、卓越绩效管理等。\n";

    private readonly CliHarness _cli = new();

    public ImportCommandTests()
    {
        File.WriteAllText(_cli.File("measures.txt"), Measures);
        File.WriteAllText(_cli.File("news.txt"), News);
    }

    public void Dispose() => _cli.Dispose();

    private string Library(string file) => Path.Combine(_cli.Home, "library", file);

    [Fact]
    public void Json_dry_run_prints_one_object_with_every_field_and_writes_nothing()
    {
        var r = _cli.Run("import", "measures.txt", "--json", "--dry-run");

        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.Out);
        var d = json.RootElement;
        Assert.Equal(JsonValueKind.Object, d.ValueKind);
        Assert.Equal("measures.txt", d.GetProperty("source").GetString());
        Assert.Equal("清远-2016-measures", d.GetProperty("id").GetString());
        Assert.Equal("清远市企业首席质量官管理办法（试行）", d.GetProperty("title").GetString());
        Assert.Equal("清远市人民政府办公室", d.GetProperty("authority").GetString());
        Assert.Equal(JsonValueKind.Null, d.GetProperty("docNumber").ValueKind);
        Assert.Equal("2016-03-01", d.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, d.GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, d.GetProperty("effective").ValueKind);
        Assert.Equal("广东省", d.GetProperty("region").GetProperty("province").GetString());
        Assert.Equal("清远市", d.GetProperty("region").GetProperty("city").GetString());
        Assert.Equal(JsonValueKind.Null, d.GetProperty("region").GetProperty("district").ValueKind);
        Assert.Equal("measures", d.GetProperty("kind").GetString());
        Assert.Equal("simplified", d.GetProperty("script").GetString());
        var second = d.GetProperty("units")[1];
        Assert.Equal("第二条", second.GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("heading").ValueKind);
        Assert.Equal("首席质量官应符合以下任职条件：\n（一）熟悉国家有关质量法律法规。", second.GetProperty("text").GetString());
        Assert.Equal("qualifications", second.GetProperty("topics")[0].GetString());
        Assert.Contains("清远市企业首席质量官管理办法", r.Out); // Chinese stays readable, not \u escapes
        Assert.False(Directory.Exists(Path.Combine(_cli.Home, "library")));
    }

    [Fact]
    public void A_dry_run_prints_one_summary_line_per_document_and_writes_nothing()
    {
        var r = _cli.Run("import", "measures.txt", "news.txt", "--dry-run");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(2, r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.EndsWith("（试运行，未写入）")));
        Assert.False(Directory.Exists(_cli.File("corpus")));
    }

    [Fact]
    public void Json_for_several_documents_is_one_array()
    {
        var r = _cli.Run("import", "measures.txt", "news.txt", "--json", "--dry-run");

        using var json = JsonDocument.Parse(r.Out);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(["measures", "news"], json.RootElement.EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    [Fact]
    public void Import_writes_corpus_files_into_the_users_library_and_prints_one_line_each()
    {
        var r = _cli.Run("import", "measures.txt", "news.txt");

        Assert.Equal(0, r.ExitCode);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("清远-2016-measures：《清远市企业首席质量官管理办法（试行）》", lines[0]);
        Assert.Contains(Path.Combine("library", "清远-2016-measures.md"), lines[0]);
        var written = CorpusMarkdown.Read(File.ReadAllText(Library("清远-2016-measures.md")), "x.md");
        Assert.Equal("清远市人民政府办公室", written.Authority);
        Assert.Equal(2, Directory.EnumerateFiles(Library(""), "*.md").Count());
    }

    [Fact]
    public void Out_names_the_folder_to_write_into()
    {
        var r = _cli.Run("import", "measures.txt", "--out", "kb");

        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(_cli.File("kb/清远-2016-measures.md")));
    }

    [Fact]
    public void Each_bad_input_is_one_line_naming_it_and_the_good_ones_are_still_imported()
    {
        File.WriteAllBytes(_cli.File("empty.txt"), []);
        File.WriteAllBytes(_cli.File("photo.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        File.WriteAllBytes(_cli.File("latin1.txt"), Encoding.Latin1.GetBytes("Café crème brûlée à la carte"));

        var r = _cli.Run("import", "empty.txt", "photo.txt", "missing.txt", "latin1.txt", "measures.txt");

        Assert.Equal(1, r.ExitCode);
        var errors = r.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["cqodocs: empty.txt: ", "cqodocs: photo.txt: ", "cqodocs: missing.txt: ", "cqodocs: latin1.txt: "],
            errors.Select(e => e[..(e.IndexOf(".txt: ", StringComparison.Ordinal) + 6)]));
        Assert.DoesNotContain("   at ", r.Error);
        Assert.True(File.Exists(Library("清远-2016-measures.md")));
    }

    [Fact]
    public void A_failed_run_leaves_an_existing_corpus_file_as_it_was()
    {
        _cli.Run("import", "measures.txt");
        var path = Library("清远-2016-measures.md");
        var before = File.ReadAllText(path);
        File.WriteAllBytes(_cli.File("measures.txt"), []);

        var r = _cli.Run("import", "measures.txt");

        Assert.Equal(1, r.ExitCode);
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Fact]
    public void A_corrected_corpus_file_is_kept_and_one_line_says_how_to_overwrite_it()
    {
        _cli.Run("import", "measures.txt");
        var path = Library("清远-2016-measures.md");
        var corrected = File.ReadAllText(path).Replace("熟悉国家有关质量法律法规。", "熟悉国家和本省有关质量法律法规。");
        File.WriteAllText(path, corrected);

        var refused = _cli.Run("import", "measures.txt");
        var forced = _cli.Run("import", "measures.txt", "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Single(refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--force", refused.Error);
        Assert.Equal(0, forced.ExitCode);
        Assert.DoesNotContain("本省", File.ReadAllText(path));
    }

    [Fact]
    public void Out_naming_a_file_is_refused_and_the_file_is_left_alone()
    {
        File.WriteAllText(_cli.File("notes.txt"), "我的笔记");

        var r = _cli.Run("import", "measures.txt", "--out", "notes.txt");

        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("cqodocs: ", r.Error);
        Assert.Equal("我的笔记", File.ReadAllText(_cli.File("notes.txt")));
    }

    [Fact]
    public void Without_a_path_the_usage_error_exits_2() => Assert.Equal(2, _cli.Run("import").ExitCode);
}
