using CqoDocs.Core.Model;

namespace CqoDocs.Core.Tests.Requirements;

/// <summary>
/// Readable extraction cases in Cases/*.txt. Each case is a "## name" line; optional "topics: a, b" and
/// "heading: …" lines; the article's text (one paragraph a line); a line "==>"; then one line per value the
/// extractor must find, in reading order: "kind | value | exact source text", optionally followed by
/// "| key=value" checks (number, level, orAbove, rank, scope, party, days, group, option, workingDays).
/// "(none)" means nothing may be found.
/// </summary>
public sealed record RequirementCase(string File, string Name, Unit Unit, IReadOnlyList<ExpectedRequirement> Expected)
{
    public override string ToString() => $"{File}: {Name}";

    public static IEnumerable<object[]> All() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Requirements", "Cases"), "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(Load)
            .Select(c => new object[] { c });

    public static IEnumerable<RequirementCase> Load(string path)
    {
        var file = Path.GetFileName(path);
        string? name = null;
        List<string> text = [];
        List<string> topics = [];
        string? heading = null;
        List<ExpectedRequirement>? expected = null;
        foreach (var raw in System.IO.File.ReadAllLines(path).Append("## end"))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    if (expected is null) throw new InvalidDataException($"{file}: case '{name}' has no ==> line");
                    yield return new RequirementCase(file, name, new Unit("第一条", heading, string.Join("\n", text), topics), expected);
                }
                (name, text, topics, heading, expected) = (line[3..].Trim(), [], [], null, null);
                continue;
            }
            if (line.Trim().Length == 0 || name is null) continue;
            if (expected is null && line.StartsWith("topics:", StringComparison.Ordinal)) topics = line[7..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            else if (expected is null && line.StartsWith("heading:", StringComparison.Ordinal)) heading = line[8..].Trim();
            else if (line.Trim() == "==>") expected = [];
            else if (expected is null) text.Add(line);
            else if (line.Trim() != "(none)") expected.Add(ExpectedRequirement.Parse(line, file, name));
        }
    }
}

public sealed record ExpectedRequirement(string Kind, string Value, string Source, IReadOnlyDictionary<string, string> Checks)
{
    public static ExpectedRequirement Parse(string line, string file, string name)
    {
        var parts = line.Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length < 3) throw new InvalidDataException($"{file}: case '{name}': expected 'kind | value | source', got '{line}'");
        var checks = parts.Skip(3).Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
        return new ExpectedRequirement(parts[0], parts[1], parts[2], checks);
    }

    public override string ToString() => $"{Kind} | {Value} | {Source}";
}
