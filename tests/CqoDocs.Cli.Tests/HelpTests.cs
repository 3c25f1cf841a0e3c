namespace CqoDocs.Cli.Tests;

/// <summary>Help pages are Chinese throughout, with a usage line and examples for every command.</summary>
public sealed class HelpTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static readonly string[] Names = ["import", "list", "show", "search", "compare", "requirements", "check", "index", "segment", "templates", "generate", "serve"];

    public static TheoryData<string> Commands => new(Names);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_a_chinese_help_page_with_usage_options_and_examples(string command)
    {
        var r = _cli.Run(command, "--help");

        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith($"cqodocs {command}：", r.Out);
        Assert.Contains($"用法：\n  cqodocs {command}", r.Out);
        Assert.Contains("\n选项：\n", r.Out);
        Assert.Contains("  -h, --help", r.Out);
        Assert.Contains($"示例：\n  cqodocs {command}", r.Out);
        foreach (var english in new[] { "Usage", "Options", "Arguments", "Description", "Show help", "[default", "<" })
        {
            Assert.DoesNotContain(english, r.Out);
        }
    }

    [Fact]
    public void The_root_page_lists_every_command_under_its_chinese_heading()
    {
        var r = _cli.Run("-h");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("用法：\n  cqodocs 命令 [选项]", r.Out);
        var commands = r.Out[(r.Out.IndexOf("命令：\n", StringComparison.Ordinal) + 4)..r.Out.IndexOf("\n\n选项：", StringComparison.Ordinal)];
        Assert.Equal(Names, commands.Split('\n').Select(l => l.Trim().Split(' ')[0]));
        Assert.Contains("--version   显示版本号", r.Out);
    }

    [Fact]
    public void Without_arguments_the_tool_shows_its_help()
    {
        var r = _cli.Run();

        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("cqodocs：", r.Out);
    }

    [Fact]
    public void Arguments_and_defaults_are_shown_in_chinese()
    {
        var r = _cli.Run("segment", "--help");

        Assert.Contains("用法：\n  cqodocs segment [TEXT] [选项]", r.Out);
        Assert.Contains("参数：\n  TEXT", r.Out);
        Assert.Contains("-m, --mode precise|search", r.Out);
        Assert.Contains("（默认 precise）", r.Out);
    }
}
