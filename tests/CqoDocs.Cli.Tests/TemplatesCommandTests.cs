using System.Text.Json;

namespace CqoDocs.Cli.Tests;

public sealed class TemplatesCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Json_lists_every_bundled_template_with_its_fields_and_list_items()
    {
        var r = _cli.Run("templates", "--json");

        Assert.Equal(0, r.ExitCode);
        var templates = JsonDocument.Parse(r.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(["appointment", "job-description", "notice"], templates.Select(t => t.GetProperty("name").GetString()).Order());
        var fields = templates.SelectMany(t => t.GetProperty("fields").EnumerateArray()).ToList();
        Assert.All(fields, f => Assert.Contains(f.GetProperty("kind").GetString(), new[] { "value", "list", "condition" }));
        var list = fields.First(f => f.GetProperty("kind").GetString() == "list");
        Assert.Equal(JsonValueKind.Array, list.GetProperty("items").ValueKind);
    }

    [Fact]
    public void Json_for_one_template_names_it()
    {
        var r = _cli.Run("templates", "appointment", "--json");

        Assert.Equal(0, r.ExitCode);
        var template = Assert.Single(JsonDocument.Parse(r.Out).RootElement.EnumerateArray().ToList());
        Assert.Equal("appointment", template.GetProperty("name").GetString());
        Assert.Contains(template.GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "受聘人.姓名");
    }
}
