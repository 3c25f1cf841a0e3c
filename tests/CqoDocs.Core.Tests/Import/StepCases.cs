namespace CqoDocs.Core.Tests.Import;

/// <summary>
/// Readable cases for one pipeline step, in Cases/Steps/{Step}.txt: each case is a "## name" line, the input
/// lines, a line "==>", and the lines the step must leave (none when it drops them all). Blank lines are
/// ignored, as the pipeline drops them before any step that has cases.
/// </summary>
public sealed record StepCase(string Step, string Name, IReadOnlyList<string> Input, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"{Step}: {Name}";

    public static IEnumerable<StepCase> Load(string step)
    {
        var lines = ImportAssets.Text("Steps", step + ".txt").Split('\n');
        string? name = null;
        List<string>? input = null, expected = null;
        foreach (var raw in lines.Append("## end"))
        {
            if (raw.StartsWith("## ", StringComparison.Ordinal))
            {
                if (name is not null) yield return new StepCase(step, name, input!, expected ?? throw new InvalidDataException($"{step}: case '{name}' has no ==> line"));
                name = raw[3..].Trim();
                input = [];
                expected = null;
                continue;
            }
            if (raw.Trim().Length == 0 || name is null) continue;
            if (raw.TrimEnd() == "==>")
            {
                expected = [];
                continue;
            }
            (expected ?? input)!.Add(raw.TrimEnd('\r'));
        }
    }
}
