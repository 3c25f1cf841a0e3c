using System.Diagnostics;
using CqoDocs.Core.Templates;

namespace CqoDocs.Bench;

/// <summary>
/// `letters [COUNT]`: fills the bundled appointment letter (one page, a five-item list of
/// powers) COUNT times (default 1,000) with different data and writes each .docx to disk, the way
/// `cqodocs generate appointment --data list.yaml --out DIR` does. Reports documents per second.
/// </summary>
public sealed class TemplatesLettersScenario : IScenario
{
    public string Name => "letters";

    public string Description => "1,000 appointment letters (5-item list) written to disk: documents/second";

    public int Run(string[] args, TextWriter output)
    {
        var count = args.FirstOrDefault(a => int.TryParse(a, out _)) is { } n ? int.Parse(n) : 1000;
        var folder = Directory.CreateTempSubdirectory("cqodocs-letters-").FullName;
        try
        {
            var load = Stopwatch.StartNew();
            var template = BundledTemplates.Get("appointment");
            load.Stop();
            var entries = Enumerable.Range(1, count).Select(Letter).ToList();

            // Warm-up: JIT and first-use costs are not what a batch of a thousand pays per letter.
            TemplateBatch.Write(template, entries.Take(20).ToList(), Path.Combine(folder, "warm-up"), null);

            var clock = Stopwatch.StartNew();
            var written = TemplateBatch.Write(template, entries, Path.Combine(folder, "letters"), "受聘人.姓名").Count;
            clock.Stop();

            var bytes = Directory.GetFiles(Path.Combine(folder, "letters")).Sum(f => new FileInfo(f).Length);
            var memory = Stopwatch.StartNew();
            foreach (var entry in entries) template.Render(entry, Stream.Null);
            memory.Stop();
            var checking = Stopwatch.StartNew();
            foreach (var entry in entries) DataChecker.Check(template.Outline, entry);
            checking.Stop();
            output.WriteLine($"letters: {written} documents in {clock.Elapsed.TotalSeconds:F2} s = {written / clock.Elapsed.TotalSeconds:F0} documents/s"
                + $" (one thread, {Environment.ProcessorCount} cores; template loaded and compiled once in {load.Elapsed.TotalMilliseconds:F0} ms;"
                + $" {bytes / written / 1024.0:F1} KB per letter; filled in memory only: {count / memory.Elapsed.TotalSeconds:F0} documents/s;"
                + $" data checks alone: {count / checking.Elapsed.TotalSeconds:F0} entries/s)");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IReadOnlyDictionary<string, object?> Letter(int i) => new Dictionary<string, object?>
    {
        ["企业名称"] = $"第{i}精密制造有限公司",
        ["聘书编号"] = $"精聘〔2025〕{i}号",
        ["受聘人"] = new Dictionary<string, object?> { ["姓名"] = $"受聘人{i:D5}" },
        ["决定机构"] = "公司董事会",
        ["直接上级"] = "总经理",
        ["聘期"] = "两年",
        ["聘期开始"] = "2025-03-01",
        ["聘期结束"] = "2027-02-28",
        ["权限"] = Enumerable.Range(1, 5)
            .Select(k => (object?)new Dictionary<string, object?> { ["内容"] = $"第{k}项职权：对质量安全事项行使否决权，编号{i}-{k}" })
            .ToList(),
        ["法定代表人"] = "王建国",
        ["签发日期"] = "2025-03-01",
    };
}
