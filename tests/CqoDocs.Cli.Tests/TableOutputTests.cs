using System.Text.RegularExpressions;
using CqoDocs.Cli.Output;
using CqoDocs.Core.Model;
using Spectre.Console;
using Region = CqoDocs.Core.Model.Region;

namespace CqoDocs.Cli.Tests;

/// <summary>Tables fit an 80-column terminal without folding ids or dates, and are plain tab-separated lines when piped.</summary>
public sealed partial class TableOutputTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public TableOutputTests() => _cli.SaveCorpus(
        Document("hz-2021-measures", "杭州市企业首席质量官管理办法（试行）关于进一步加强质量工作的若干意见", new Region("浙江省", "杭州市", "余杭区"), "杭市管〔2021〕45号"),
        Document("sh-2023-news", "质量月活动启动", new Region("上海市", null, null), null));

    public void Dispose() => _cli.Dispose();

    private static Document Document(string id, string title, Region region, string? number) => new()
    {
        Id = id, Title = title, Region = region, DocNumber = number, Date = new DateOnly(2021, 6, 15), Kind = DocumentKind.Measures,
        Units = [new Unit("第一条", null, "为加强质量工作，制定本办法。", [])],
    };

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]")]
    private static partial Regex Ansi();

    [Fact]
    public void Piped_list_is_one_tab_separated_line_per_document_without_heading_or_padding()
    {
        var r = _cli.Run("list");

        Assert.Equal(0, r.ExitCode);
        var lines = r.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal(["sh-2023-news", "质量月活动启动", "上海市", "管理办法", "2021-06-15", "", "现行有效", "1"], lines.Single(l => l.StartsWith("sh-")).Split('\t'));
        Assert.All(lines, l => Assert.Equal(8, l.Split('\t').Length));
        Assert.DoesNotContain("  ", r.Out);
        Assert.DoesNotContain("编号", r.Out);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(200)]
    public void On_a_terminal_rows_fit_the_width_and_titles_are_cut_instead_of_ids_and_dates(int width)
    {
        _cli.TerminalWidth = width;

        var r = _cli.Run("list");

        Assert.Equal(0, r.ExitCode);
        var lines = Ansi().Replace(r.Out, "").TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.True(l.TrimEnd().GetCellWidth() <= width, $"{l.GetCellWidth()} > {width}: {l}"));
        var row = Assert.Single(lines, l => l.StartsWith("hz-2021-measures  ", StringComparison.Ordinal));
        Assert.Contains("  2021-06-15  ", row);
        Assert.Matches(@"\s1$", row);
        Assert.Contains(width < 100 ? "杭州市" : "杭州市企业首席", row);
        Assert.Equal(width < 200, row.Contains('…'));
        Assert.StartsWith("编号", lines[0]);
        Assert.StartsWith("共 2 件", lines[^1]);
    }

    [Fact]
    public void Cutting_counts_chinese_characters_as_two_cells()
    {
        Assert.Equal("首席质…", TableOutput.Cut("首席质量官", 7));
        Assert.Equal("首席质量官", TableOutput.Cut("首席质量官", 10));
        Assert.Equal("ab…", TableOutput.Cut("abcdef", 3));
    }

    [Fact]
    public void Only_shrinking_columns_give_up_width_and_titles_keep_twice_the_share()
    {
        OutputColumn[] columns = [new("id"), new("title", Shrink: 2), new("region", Shrink: 1)];
        IReadOnlyList<string?>[] rows = [["abcdefghij", new string('t', 60), new string('r', 30)]];

        var widths = TableOutput.Fit(columns, rows, 60);

        Assert.Equal(10, widths[0]);
        Assert.Equal(60, widths.Sum() + 2 * 2);
        Assert.InRange(widths[1] - 2 * widths[2], -2, 2);
    }
}
