using System.Text;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;

namespace CqoDocs.Bench;

/// <summary>
/// A large corpus made from a real one: units of about 300 characters recombined from the sentences of
/// real units (so term frequencies and sentence shapes stay realistic), with real headings, topics,
/// regions and kinds. Deterministic for a given seed. Made as it is enumerated, so a build of it holds no
/// more of it than a build of a corpus folder holds of the folder.
/// </summary>
internal static class IndexBenchCorpus
{
    public const int UnitsPerDocument = 25;

    /// <summary>The generated documents as a build reads them.</summary>
    public static CorpusStream Stream(CorpusSet source, int units) =>
        CorpusStream.Of(() => Generate(source, units), (units + UnitsPerDocument - 1) / UnitsPerDocument, units, "bench", "bench");

    public static IEnumerable<Document> Generate(CorpusSet source, int units, int unitsPerDocument = UnitsPerDocument, int unitLength = 300, int seed = 20161)
    {
        var pool = source.Documents.SelectMany(d => d.Units.Select(u => (Document: d, Unit: u))).ToList();
        if (pool.Count == 0) throw new InvalidOperationException($"语料库（{source.Origin}）中没有条目，无法生成测试语料");
        var sentences = pool.SelectMany(p => Sentences(p.Unit.Text).Select(s => (Sentence: s, p.Unit.Topics))).ToList();
        var headings = pool.Select(p => p.Unit.Heading).OfType<string>().ToList();
        var random = new Random(seed);
        for (var n = 0; n * unitsPerDocument < units; n++)
        {
            var model = source.Documents[random.Next(source.Documents.Count)];
            var count = Math.Min(unitsPerDocument, units - n * unitsPerDocument);
            var list = new List<Unit>(count);
            for (var i = 0; i < count; i++)
            {
                var text = new StringBuilder();
                var first = sentences[random.Next(sentences.Count)];
                text.Append(first.Sentence);
                while (text.Length < unitLength) text.Append(sentences[random.Next(sentences.Count)].Sentence);
                var heading = headings.Count > 0 && random.Next(3) == 0 ? headings[random.Next(headings.Count)] : null;
                list.Add(new Unit($"第{i + 1}条", heading, text.ToString(), first.Topics));
            }
            yield return model with
            {
                Id = $"{model.Id}-gen{n}",
                Title = $"{model.Title}（第{n}版）",
                Date = model.Date?.AddDays(random.Next(-2000, 2000)),
                Units = list,
            };
        }
    }

    /// <summary>Sentences with their closing punctuation; line breaks end a sentence too.</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '；' or '！' or '？' or '\n')
            {
                var s = text[start..(i + 1)].Trim();
                if (s.Length > 1) yield return s.TrimEnd('\n');
                start = i + 1;
            }
        }
        if (start < text.Length && text[start..].Trim().Length > 1) yield return text[start..].Trim() + "。";
    }

    /// <summary>The corpus to recombine: a folder given as --corpus DIR, else the bundled one.</summary>
    public static CorpusSet Source(string[] args)
    {
        var i = Array.IndexOf(args, "--corpus");
        return i >= 0 && i + 1 < args.Length ? CorpusLoader.LoadDirectory(args[i + 1]) : CorpusLoader.LoadBundled();
    }

    public static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }
}
