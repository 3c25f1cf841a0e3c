using CqoDocs.Core.Import;

namespace CqoDocs.Core.Tests.Import;

public class ProbeDump
{
    [Fact]
    public void Dump()
    {
        var path = Environment.GetEnvironmentVariable("PROBE_FILE");
        if (path is null) return;
        var draft = new ImportDraft(path, File.ReadAllBytes(path), ImportPipeline.IsHtmlName(path));
        using var w = new StreamWriter("/tmp/probe.txt");
        foreach (var step in ImportPipeline.Default.Steps)
        {
            step.Run(draft);
            w.WriteLine($"=== after {step.GetType().Name}");
            foreach (var l in draft.Lines) w.WriteLine("  " + (l.Length > 200 ? l[..200] + "…" : l));
        }
    }
}
