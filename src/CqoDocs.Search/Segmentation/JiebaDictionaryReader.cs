using System.Runtime.CompilerServices;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// Reads jieba's main dictionary in the bundled form: lines <c>word freq</c>, sorted by word (ordinal),
/// UTF-8. Every line counts towards the total and a repeated word keeps its last frequency (jieba's
/// <c>gen_pfdict</c>). One pass over the bytes decodes the words into a single character pool; this runs
/// once per process and sits on the start-up path, so it avoids per-line allocations and string parsing.
/// </summary>
internal static class JiebaDictionaryReader
{
    public static PrefixDictionary Read(byte[] utf8, string sourceName)
    {
        var entries = Parse(utf8, sourceName, out var total);
        return PrefixDictionaryBuilder.Build(entries, total);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SortedEntries Parse(byte[] utf8, string sourceName, out long total)
    {
        var lineCount = utf8.AsSpan().Count((byte)'\n') + 1;
        var start = new int[lineCount];
        var length = new int[lineCount];
        var frequency = new long[lineCount];
        // A word never has more UTF-16 units than its UTF-8 bytes.
        var pool = new char[utf8.Length];
        var poolLength = 0;
        var count = 0;
        total = 0;

        var position = 0;
        var lineNumber = 0;
        while (position < utf8.Length)
        {
            lineNumber++;
            var lineEnd = utf8.AsSpan(position).IndexOf((byte)'\n');
            lineEnd = lineEnd < 0 ? utf8.Length : position + lineEnd;
            var line = utf8.AsSpan(position, lineEnd - position);
            if (!line.IsEmpty && line[^1] == '\r') line = line[..^1];
            position = lineEnd + 1;
            if (line.IsEmpty) continue;

            var space = line.IndexOf((byte)' ');
            if (space <= 0) throw Invalid(sourceName, lineNumber);
            var digits = line[(space + 1)..];
            var nextSpace = digits.IndexOf((byte)' ');
            if (nextSpace >= 0) digits = digits[..nextSpace];
            var freq = ParseFrequency(digits);
            if (freq < 0) throw Invalid(sourceName, lineNumber);

            var wordLength = DecodeUtf8(line[..space], pool.AsSpan(poolLength));
            if (wordLength < 0) throw Invalid(sourceName, lineNumber);
            start[count] = poolLength;
            length[count] = wordLength;
            frequency[count] = freq;
            poolLength += wordLength;
            total += freq;
            count++;
        }
        return new SortedEntries(pool, start, length, frequency, count);
    }

    /// <summary>Decodes strict UTF-8 into <paramref name="output"/>; the number of UTF-16 units, or -1 when invalid.</summary>
    private static int DecodeUtf8(ReadOnlySpan<byte> bytes, Span<char> output)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, output, out _, out var written, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? written : -1;
    }

    private static long ParseFrequency(ReadOnlySpan<byte> digits)
    {
        if (digits.IsEmpty || digits.Length > 18) return -1;
        long value = 0;
        foreach (var b in digits)
        {
            var d = b - '0';
            if ((uint)d > 9) return -1;
            value = value * 10 + d;
        }
        return value;
    }

    private static InvalidDataException Invalid(string sourceName, int lineNumber) =>
        new($"invalid dictionary entry in {sourceName} at line {lineNumber}");
}
