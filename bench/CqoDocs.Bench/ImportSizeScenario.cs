using System.Diagnostics;
using System.Text;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Import;

namespace CqoDocs.Bench;

/// <summary>
/// Import time against input size: a generated notice of 1, 8 and 50 MB (chapters, tens of thousands of
/// articles numbered past 第九千九百九十九条, items) through the whole pipeline and the corpus writer's
/// render-and-read-back check. Linear cost means the seconds per MB stay flat.
/// </summary>
public sealed partial class ImportSizeScenario : IScenario
{
    public string Name => "import-size";
    public string Description => "导入耗时随文件大小：生成 1、8、50 MB 的通知，逐一导入 [--sizes 1,8,50] [--shape text|oneline|html|prose] [--steps] [--save FILE：只写出生成的通知]";

    private static readonly string[] Sentences =
    [
        "首席质量官应当组织制定企业质量发展战略，建立健全质量管理体系。",
        "企业应当为首席质量官履行职责提供必要的条件和保障。",
        "市场监督管理部门负责首席质量官制度的组织实施和监督管理工作。",
        "首席质量官对产品质量安全事项行使一票否决权，并向企业法定代表人报告。",
        "鼓励企业开展质量改进、质量攻关和群众性质量管理活动。",
        "首席质量官每年参加不少于二十四学时的继续教育培训。",
        "对考核不合格的首席质量官，由聘任单位予以解聘。",
        "本办法所称首席质量官，是指企业中全面负责质量管理工作的高级管理人员。",
    ];

    public int Run(string[] args, TextWriter output)
    {
        var sizes = (Array.IndexOf(args, "--sizes") is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : "1,8,50")
            .Split(',').Select(double.Parse).ToArray();
        var steps = args.Contains("--steps");
        var shape = Array.IndexOf(args, "--shape") is var sh and >= 0 && sh + 1 < args.Length ? args[sh + 1] : "text";
        if (Array.IndexOf(args, "--save") is var save and >= 0 && save + 1 < args.Length)
        {
            File.WriteAllBytes(args[save + 1], Shaped(Notice(sizes[0]), shape));
            return 0;
        }
        var pipeline = ImportPipeline.Default;
        // Warm the JIT (tiered compilation settles after a few thousand units), so the first size is not mostly start-up.
        pipeline.Import("warm.txt", Notice(1));
        foreach (var mb in sizes)
        {
            var bytes = Shaped(Notice(mb), shape);
            GC.Collect();
            var watch = Stopwatch.StartNew();
            var timings = new List<(string Step, double Seconds)>();
            var draft = new ImportDraft(shape == "html" ? "big.html" : "big.txt", bytes, html: shape == "html");
            foreach (var step in pipeline.Steps)
            {
                var stepWatch = Stopwatch.StartNew();
                step.Run(draft);
                timings.Add((step.GetType().Name, stepWatch.Elapsed.TotalSeconds));
            }
            var document = draft.ToDocument(DocumentIdProposer.Propose(draft));
            var importSeconds = watch.Elapsed.TotalSeconds;
            var text = CorpusMarkdown.Write(document);
            var read = CorpusMarkdown.Read(text, "big.md");
            var seconds = watch.Elapsed.TotalSeconds;
            output.WriteLine($"{bytes.Length / 1048576.0,5:0.0} MB: {seconds,7:0.00} s ({seconds / (bytes.Length / 1048576.0):0.000} s/MB; pipeline {importSeconds:0.00} s, write+read back {seconds - importSeconds:0.00} s), " +
                $"{read.Units.Count} units, last {read.Units[^1].Label}, peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
            if (steps)
            {
                foreach (var (step, s) in timings.OrderByDescending(t => t.Seconds).Take(6)) output.WriteLine($"    {step,-28} {s:0.000} s");
            }
        }
        output.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        return 0;
    }

    /// <summary>The notice as lines of text, as one line (text copied without its breaks) or as an HTML page.</summary>
    private static byte[] Shaped(byte[] notice, string shape)
    {
        var text = Encoding.UTF8.GetString(notice);
        return shape switch
        {
            "oneline" => Encoding.UTF8.GetBytes(text.Replace('\n', ' ')),
            // Paragraphs without any numbering, as a long news report: every line a unit of its own.
            "prose" => Encoding.UTF8.GetBytes(NumberingAt().Replace(text, "")),
            "html" => Encoding.UTF8.GetBytes("<html><head><title>某市企业首席质量官管理办法</title></head><body><div class=\"content\"><p>"
                + text.TrimEnd('\n').Replace("\n", "</p>\n<p>") + "</p></div></body></html>"),
            _ => notice,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^(第[一二三四五六七八九十百千万零]+[章条] |（[一二三]）)")]
    private static partial System.Text.RegularExpressions.Regex NumberingAt();

    /// <summary>A plain-text notice of about <paramref name="megabytes"/> MB in UTF-8.</summary>
    internal static byte[] Notice(double megabytes)
    {
        var target = (long)(megabytes * 1048576);
        var random = new Random(8);
        var sb = new StringBuilder("某市企业首席质量官管理办法\n某府办〔2016〕7号\n");
        var article = 0;
        var bytes = 0L;
        for (var chapter = 1; bytes < target; chapter++)
        {
            var part = new StringBuilder();
            part.Append("第").Append(Numeral(chapter)).Append("章 第").Append(chapter).Append("部分规定\n");
            for (var a = 0; a < 50; a++)
            {
                part.Append("第").Append(Numeral(++article)).Append("条 ");
                for (var s = random.Next(1, 4); s > 0; s--) part.Append(Sentences[random.Next(Sentences.Length)]);
                part.Append('\n');
                if (random.Next(4) == 0)
                {
                    for (var item = 1; item <= 3; item++) part.Append('（').Append(Numeral(item)).Append('）').Append(Sentences[random.Next(Sentences.Length)]).Append('\n');
                }
            }
            bytes += Encoding.UTF8.GetByteCount(part.ToString());
            sb.Append(part);
        }
        sb.Append("某市人民政府办公室\n2016年3月1日\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>1 → 一, 10 → 十, 10001 → 一万零一.</summary>
    internal static string Numeral(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n >= 10000) return Numeral(n / 10000) + "万" + (n % 10000 == 0 ? "" : (n % 10000 < 1000 ? "零" : "") + (n % 10000 is >= 10 and < 20 ? "一" : "") + Numeral(n % 10000));
        var sb = new StringBuilder();
        var units = new[] { (1000, "千"), (100, "百"), (10, "十") };
        var zero = false;
        foreach (var (value, name) in units)
        {
            var d = n / value % 10;
            if (d == 0)
            {
                if (sb.Length > 0) zero = true;
                continue;
            }
            if (zero) sb.Append('零');
            zero = false;
            if (!(value == 10 && d == 1 && sb.Length == 0)) sb.Append(digits[d]);
            sb.Append(name);
        }
        var last = n % 10;
        if (last > 0)
        {
            if (zero) sb.Append('零');
            sb.Append(digits[last]);
        }
        return sb.ToString();
    }
}
