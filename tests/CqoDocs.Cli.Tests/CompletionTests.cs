namespace CqoDocs.Cli.Tests;

/// <summary>What the [suggest] directive answers: what dotnet-suggest hands a shell to complete.</summary>
public sealed class CompletionTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private string[] Suggest(string commandLine)
    {
        var r = _cli.Run($"[suggest:{commandLine.Length}]", commandLine);
        Assert.Equal(0, r.ExitCode);
        return r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Command_names_complete()
    {
        Assert.Equal(["search", "segment", "serve"], Suggest("cqodocs se"));
    }

    [Fact]
    public void Options_of_the_command_complete()
    {
        Assert.Equal(["--limit"], Suggest("cqodocs search 任职条件 --li"));
    }

    [Fact]
    public void Kinds_topics_formats_and_template_names_complete()
    {
        Assert.Equal(["measures"], Suggest("cqodocs search 任职条件 --kind mea"));
        Assert.Equal(["qualifications"], Suggest("cqodocs search 任职条件 --topic qua"));
        Assert.Equal(["md"], Suggest("cqodocs compare duties --format m"));
        Assert.Equal(["appointment"], Suggest("cqodocs generate app"));
    }
}
