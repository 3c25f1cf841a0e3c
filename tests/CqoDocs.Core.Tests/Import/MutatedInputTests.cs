using System.Text;
using CqoDocs.Core.Import;

namespace CqoDocs.Core.Tests.Import;

/// <summary>
/// Bad input is a value, not a crash: the test notices, mangled at random (lines dropped, repeated, cut,
/// stray markers and dates inserted), import or fail with a <see cref="CqoDocsException"/>, never otherwise.
/// The random seed is fixed, so a failure repeats.
/// </summary>
public class MutatedInputTests
{
    private static readonly string[] Tokens =
    [
        "第一条", "第一章", "一、", "（一）", "1.", "（1）", "附件", "附件1", "2016年3月1日", "〔2016〕5号", "《", "》", "（", "）",
        "：", "印发", "的通知", "省", "市", "关于", "4.1", "——", "□", "|", "...", "记者", "讯", " ", "\t", "第", "条", "二〇一六年", "。", "，",
    ];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "Seeds", "Documents" })
        {
            foreach (var f in Directory.EnumerateFiles(ImportAssets.Path_(folder)).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                data.Add(Path.Combine(folder, Path.GetFileName(f)));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Mangled_notices_import_or_fail_with_a_message(string name)
    {
        var original = ImportPipeline.Default.Run(name, ImportAssets.Bytes(name)).Text;
        var random = new Random(name.Sum(c => c));
        for (var round = 0; round < 60; round++)
        {
            var mutated = Mutate(original, random);
            var e = Record.Exception(() => ImportPipeline.Default.Import(name, Encoding.UTF8.GetBytes(mutated)));
            Assert.True(e is null or CqoDocsException, $"round {round}: {e}\n--- input ---\n{mutated}");
        }
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var step = random.Next(1, 4); step > 0 && lines.Count > 0; step--)
        {
            var i = random.Next(lines.Count);
            switch (random.Next(6))
            {
                case 0: lines.RemoveAt(i); break;
                case 1: lines.Insert(i, lines[random.Next(lines.Count)]); break;
                case 2: lines[i] = lines[i][..random.Next(lines[i].Length + 1)]; break;
                case 3: lines = lines.Take(i + 1).ToList(); break;
                case 4: lines[i] = lines[i].Insert(random.Next(lines[i].Length + 1), Tokens[random.Next(Tokens.Length)]); break;
                default: lines.Insert(i, string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Tokens[random.Next(Tokens.Length)]))); break;
            }
        }
        return string.Join("\n", lines);
    }
}
