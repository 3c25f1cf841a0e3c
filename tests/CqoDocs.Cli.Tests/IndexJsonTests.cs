using System.Text.Json;

namespace CqoDocs.Cli.Tests;

public sealed class IndexJsonTests : IDisposable
{
    private readonly CliHarness _cli = SearchTestCorpus.Harness();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Index_json_says_built_then_fresh_with_the_counts()
    {
        var built = JsonDocument.Parse(_cli.Run("index", "--json").Out).RootElement;
        var fresh = JsonDocument.Parse(_cli.Run("index", "--json").Out).RootElement;

        Assert.Equal("built", built.GetProperty("state").GetString());
        Assert.True(built.GetProperty("seconds").GetDouble() >= 0);
        Assert.Equal("fresh", fresh.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, fresh.GetProperty("seconds").ValueKind);
        foreach (var r in new[] { built, fresh })
        {
            Assert.Equal(SearchTestCorpus.Documents.Length, r.GetProperty("documents").GetInt32());
            Assert.Equal(SearchTestCorpus.Documents.Sum(d => d.Units.Count), r.GetProperty("units").GetInt32());
            Assert.True(File.Exists(r.GetProperty("path").GetString()));
        }
    }
}
