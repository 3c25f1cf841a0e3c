using System.Text;
using CqoDocs.Search.Segmentation;

namespace CqoDocs.Bench;

/// <summary>
/// Text for the segmentation scenarios: a file given with --input, or a deterministic imitation of Chinese
/// prose made from the bundled dictionary (words drawn by their frequency, so common words dominate as in
/// real text), with punctuation, line breaks, numbers, Latin words and unknown Han runs for the HMM.
/// </summary>
internal static class SegmentationBenchText
{
    public static string Load(string[] args, int defaultMegabytes)
    {
        var input = Option(args, "--input");
        if (input is not null) return File.ReadAllText(input, Encoding.UTF8);
        var megabytes = int.Parse(Option(args, "--mb") ?? defaultMegabytes.ToString());
        return Generate(megabytes * 1_000_000L, seed: 20241122);
    }

    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public static string Generate(long utf8Bytes, int seed)
    {
        var entries = Segmenter.Default.Dictionary.ToSortedEntries();
        var words = new List<string>(entries.Count);
        var cumulative = new List<long>(entries.Count);
        long sum = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var key = entries.Key(i);
            if (entries.Frequency(i) <= 0 || !JiebaCharClasses.IsHan(key[0])) continue;
            sum += entries.Frequency(i);
            words.Add(key.ToString());
            cumulative.Add(sum);
        }

        var random = new Random(seed);
        var text = new StringBuilder((int)(utf8Bytes / 3 + 1024));
        long bytes = 0;
        while (bytes < utf8Bytes)
        {
            var start = text.Length;
            var sentenceWords = random.Next(4, 20);
            for (var w = 0; w < sentenceWords; w++)
            {
                var roll = random.Next(100);
                if (roll < 2) text.Append(random.Next(1, 3000));
                else if (roll < 3) text.Append(random.Next(2) == 0 ? "ISO 9001" : "GB/T 19001-2016");
                else if (roll < 6) for (var k = random.Next(2, 5); k > 0; k--) text.Append((char)random.Next(0x4E00, 0x9FA6));
                else
                {
                    var index = cumulative.BinarySearch(random.NextInt64(sum) + 1);
                    text.Append(words[index < 0 ? ~index : index]);
                }
                if (w + 1 < sentenceWords && random.Next(6) == 0) text.Append(random.Next(3) == 0 ? '、' : '，');
            }
            text.Append(random.Next(8) == 0 ? "。\n" : "。");
            bytes += Encoding.UTF8.GetByteCount(text.ToString(start, text.Length - start));
        }
        return text.ToString();
    }
}
