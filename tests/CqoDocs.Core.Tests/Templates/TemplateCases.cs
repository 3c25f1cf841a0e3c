using System.Text;

namespace CqoDocs.Core.Tests.Templates;

/// <summary>
/// One readable case from Cases/*.md: "## name", then "### 模板" (lines for <see cref="TestDocx"/>),
/// "### 数据" (YAML), and either "### 结果" (the document's lines) or "### 错误" (words the error must contain).
/// </summary>
public sealed record TemplateCase(string File, string Name, string Template, string Data, string? Expected, string? Error)
{
    public override string ToString() => $"{File}: {Name}";

    public static IEnumerable<TemplateCase> All() =>
        Directory.GetFiles(Path.Combine(TemplateTestAssets.TestsFolder, "Cases"), "*.md").Order(StringComparer.Ordinal).SelectMany(Read);

    private static IEnumerable<TemplateCase> Read(string path)
    {
        var file = Path.GetFileName(path);
        string? name = null, section = null;
        var sections = new Dictionary<string, StringBuilder>();
        foreach (var line in System.IO.File.ReadAllLines(path))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (name is not null) yield return Make(file, name, sections);
                name = line[3..].Trim();
                sections = [];
                section = null;
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                section = line[4..].Trim();
                sections[section] = new StringBuilder();
            }
            else if (section is not null)
            {
                sections[section].Append(line).Append('\n');
            }
        }
        if (name is not null) yield return Make(file, name, sections);
    }

    private static TemplateCase Make(string file, string name, Dictionary<string, StringBuilder> sections)
    {
        string? Get(string key) => sections.TryGetValue(key, out var sb) ? sb.ToString().Trim('\n') : null;
        return new TemplateCase(file, name, Get("模板") ?? throw new InvalidDataException($"{file}: {name}: 没有模板"),
            Get("数据") ?? "", Get("结果"), Get("错误"));
    }
}
