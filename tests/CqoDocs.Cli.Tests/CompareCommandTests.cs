using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Cli.Tests;

public sealed class CompareCommandTests : IDisposable
{
    private readonly CliHarness _cli = SearchTestCorpus.Harness();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Text_shows_each_document_with_its_units_on_the_topic()
    {
        var r = _cli.Run("compare", "任职条件");

        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("对照表：任职条件（qualifications），2 件文件", r.Out);
        Assert.Contains("【广东省清远市】《某市企业首席质量官管理办法》（某府办〔2016〕7号）", r.Out);
        Assert.Contains("第三條 首席質量官任職條件", r.Out);
        Assert.DoesNotContain("第六条", r.Out);
        Assert.Contains("未涉及该主题：《某市关于推行企业首席质量官制度的实施意见》", r.Out);
    }

    [Fact]
    public void Markdown_is_a_table_with_one_column_per_document()
    {
        var r = _cli.Run("compare", "qualifications", "--format", "md");

        var rows = r.Out.Split('\n').Where(l => l.StartsWith('|')).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.Equal(3, row.Count(c => c == '|') - row.Split("\\|").Length + 1));
        Assert.Contains("广东省清远市<br>《某市企业首席质量官管理办法》<br>某府办〔2016〕7号", rows[0]);
        Assert.Contains("**第五条 首席质量官任职条件**<br>首席质量官应当具备下列条件：<br>（一）", rows[2]);
    }

    [Fact]
    public void Region_options_narrow_the_columns()
    {
        var r = _cli.Run("compare", "任职条件", "--region", "福建", "--format", "json");

        var root = JsonDocument.Parse(r.Out).RootElement;
        var doc = Assert.Single(root.GetProperty("documents").EnumerateArray());
        Assert.Equal("tw-2018-measures", doc.GetProperty("docId").GetString());
        Assert.Equal("《某縣企業首席質量官辦法》第三條", doc.GetProperty("units")[0].GetProperty("citation").GetString());
    }

    [Fact]
    public void Unknown_topic_is_a_one_line_error()
    {
        var r = _cli.Run("compare", "薪酬");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("未知的主题", r.Error);
        Assert.Single(r.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Out_writes_a_valid_landscape_word_table_with_a_column_per_document()
    {
        var path = _cli.File("对照表.docx");

        var r = _cli.Run("compare", "任职条件", "--out", path);

        Assert.Equal(0, r.ExitCode);
        using var document = WordprocessingDocument.Open(path, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => e.Description).ToList();
        Assert.Empty(errors);
        var body = document.MainDocumentPart!.Document.Body!;
        var size = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.True(size.Width!.Value > size.Height!.Value);
        var table = body.Elements<Table>().Single();
        var header = table.Elements<TableRow>().First();
        Assert.NotNull(header.TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(["广东省清远市《某市企业首席质量官管理办法》某府办〔2016〕7号", "福建省泉州市《某縣企業首席質量官辦法》"],
            header.Elements<TableCell>().Select(c => c.InnerText).ToList());
        Assert.Contains("具有大学专科以上学历", table.Elements<TableRow>().ElementAt(1).InnerText);
    }

    [Fact]
    public void A_failed_out_leaves_an_existing_file_untouched()
    {
        var path = _cli.File("old.docx");
        File.WriteAllText(path, "旧文件");

        var r = _cli.Run("compare", "薪酬", "--out", path);

        Assert.Equal(1, r.ExitCode);
        Assert.Equal("旧文件", File.ReadAllText(path));
    }
}
