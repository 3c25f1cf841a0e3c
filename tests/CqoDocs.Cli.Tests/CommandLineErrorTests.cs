using System.Text.Json;

namespace CqoDocs.Cli.Tests;

/// <summary>
/// Every documented error path of the command line: the exit code README.md gives and one Chinese line on
/// stderr that names the fix. Nothing is silently ignored.
/// </summary>
public sealed class CommandLineErrorTests : IDisposable
{
    private readonly CliHarness _cli = SearchTestCorpus.Harness();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("search 任职条件 --regoin 清远 --limit 3", "未知选项 --regoin；是否指 --region？")]
    [InlineData("search 任职条件 --limt 3 --json", "未知选项 --limt；是否指 --limit？")]
    [InlineData("search --regoin 清远 任职条件", "是否指 --region？")]
    [InlineData("search 任职条件 --hepl", "是否指 --help？")]
    [InlineData("search 任职条件 --zzz", "请写在 -- 之后")]
    [InlineData("list --jsn", "是否指 --json？")]
    [InlineData("list --zzz", "cqodocs list --help")]
    [InlineData("segment --bogus", "未知选项 --bogus")]
    [InlineData("search 任职条件 --since abc", "--since 应为年份，如 2016")]
    [InlineData("search 任职条件 --since 99", "--since 应为四位年份，如 2016")]
    [InlineData("search 任职条件 --until", "--until 缺少值：应为年份，如 2016")]
    [InlineData("search 任职条件 --limit 0", "--limit 应为正整数，如 10")]
    [InlineData("search 任职条件 --limit ten", "--limit 应为正整数，如 10")]
    [InlineData("search 任职条件 --limit 3 --limit 4", "--limit 只能指定一次")]
    [InlineData("compare 职责 --format mdd", "--format 应为以下之一：json、md、text，而不是“mdd”；是否指 md？")]
    [InlineData("segment --mode fast 北京", "--mode 应为以下之一：precise、search")]
    [InlineData("search", "缺少参数 QUERY，如：cqodocs search")]
    [InlineData("show", "缺少参数 ID[/LABEL]")]
    [InlineData("show a b", "多余的参数“b”")]
    [InlineData("list extra", "多余的参数“extra”：用法 cqodocs list [选项]")]
    [InlineData("frob", "未知命令“frob”：可用 import、list")]
    [InlineData("serach 任职条件", "未知命令“serach”；是否指 cqodocs search？")]
    public void A_wrong_command_line_exits_2_with_one_chinese_line_naming_the_fix(string commandLine, string expected)
    {
        var r = _cli.Run(commandLine.Split(' '));

        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Out);
        var line = r.SingleErrorLine();
        Assert.Contains(expected, line);
        Assert.DoesNotMatch("[A-Z][a-z]+ [a-z]+ [a-z]+", line); // no English sentence from the parser
    }

    [Theory]
    [InlineData("show no-such-id", "没有编号为“no-such-id”的文件")]
    [InlineData("search 任职条件 --kind memo", "未知的文件类型“memo”")]
    [InlineData("search 任职条件 --since 2020 --until 2010", "--since 2020 晚于 --until 2010")]
    [InlineData("segment --input missing.txt", "missing.txt")]
    public void Bad_input_exits_1_with_one_line(string commandLine, string expected)
    {
        var r = _cli.Run(commandLine.Split(' '));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains(expected, r.SingleErrorLine());
    }

    [Fact]
    public void A_word_that_starts_with_dashes_is_searched_for_after_a_double_dash()
    {
        var r = _cli.Run("search", "--json", "--", "--regoin", "任职条件");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("--regoin 任职条件", JsonDocument.Parse(r.Out).RootElement.GetProperty("query").GetString());
    }

    [Fact]
    public void An_at_sign_word_is_text_not_a_response_file()
    {
        var r = _cli.Run("segment", "@北京");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("北京", r.Out);
    }

    [Fact]
    public void Help_wins_over_a_mistyped_option()
    {
        var r = _cli.Run("search", "--regoin", "--help");

        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("cqodocs search：", r.Out);
    }
}
