using System.Text;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// Reads jieba's main dictionary in the bundled form: lines <c>word freq</c>, sorted by word (ordinal),
/// UTF-8. Every line counts towards the total, a repeated word keeps its last frequency (jieba's
/// <c>gen_pfdict</c>). The words stay in the decoded character array; nothing is copied per line.
/// </summary>
internal static class JiebaDictionaryReader
{
    public static PrefixDictionary Read(byte[] utf8, string sourceName)
    {
        var text = Encoding.UTF8.GetChars(utf8);
        var lineCount = CountLines(utf8);
        var start = new int[lineCount];
        var length = new int[lineCount];
        var frequency = new long[lineCount];
        var count = 0;
        long total = 0;

        var position = 0;
        var lineNumber = 0;
        while (position < text.Length)
        {
            lineNumber++;
            var lineEnd = Array.IndexOf(text, '\n', position);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = text.AsSpan(position, lineEnd - position).TrimEnd('\r');
            if (!line.IsEmpty)
            {
                var space = line.IndexOf(' ');
                if (space <= 0) throw Invalid(sourceName, lineNumber, line);
                var digits = line[(space + 1)..];
                var nextSpace = digits.IndexOf(' ');
                if (nextSpace >= 0) digits = digits[..nextSpace];
                var freq = ParseFrequency(digits);
                if (freq < 0) throw Invalid(sourceName, lineNumber, line);
                start[count] = position;
                length[count] = space;
                frequency[count] = freq;
                total += freq;
                count++;
            }
            position = lineEnd + 1;
        }
        var entries = new SortedEntries(text, start, length, frequency, count);
        return PrefixDictionaryBuilder.Build(entries, total);
    }

    private static long ParseFrequency(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 18) return -1;
        long value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c)) return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int CountLines(byte[] utf8) => utf8.AsSpan().Count((byte)'\n') + 1;

    private static InvalidDataException Invalid(string sourceName, int lineNumber, ReadOnlySpan<char> line) =>
        new($"invalid dictionary entry in {sourceName} at line {lineNumber}: {line.ToString()}");
}
