using System.Runtime.CompilerServices;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// Reads jieba's main dictionary in the bundled form: lines <c>word freq</c>, sorted by word (ordinal),
/// UTF-8. Every line counts towards the total and a repeated word keeps its last frequency (jieba's
/// <c>gen_pfdict</c>). This runs once per process on the start-up path, so it is one pass over the bytes
/// that decodes the words straight into a single character pool: no per-line strings or calls.
/// </summary>
internal static class JiebaDictionaryReader
{
    public static PrefixDictionary Read(byte[] utf8, string sourceName)
    {
        var entries = Parse(utf8, sourceName, out var total);
        return PrefixDictionaryBuilder.Build(entries, total);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static SortedEntries Parse(byte[] utf8, string sourceName, out long total)
    {
        var lineCount = utf8.AsSpan().Count((byte)'\n') + 1;
        var start = new int[lineCount];
        var length = new int[lineCount];
        var frequency = new long[lineCount];
        // A word never has more UTF-16 units than its UTF-8 bytes.
        var pool = GC.AllocateUninitializedArray<char>(utf8.Length);
        var poolLength = 0;
        var count = 0;
        total = 0;

        var i = 0;
        var n = utf8.Length;
        var lineNumber = 0;
        while (i < n)
        {
            lineNumber++;
            if (utf8[i] is (byte)'\n' or (byte)'\r')
            {
                i++;
                continue;
            }

            // The word, up to the first space, decoded as it is read (mostly three-byte Han characters).
            var wordStart = poolLength;
            while (true)
            {
                if (i >= n) throw Invalid(sourceName, lineNumber);
                int b = utf8[i];
                if (b == ' ') break;
                if (b < 0x80)
                {
                    if (b == '\n') throw Invalid(sourceName, lineNumber);
                    pool[poolLength++] = (char)b;
                    i++;
                }
                else if ((b & 0xF0) == 0xE0 && i + 2 < n && IsContinuation(utf8[i + 1]) && IsContinuation(utf8[i + 2]))
                {
                    pool[poolLength++] = (char)(((b & 0x0F) << 12) | ((utf8[i + 1] & 0x3F) << 6) | (utf8[i + 2] & 0x3F));
                    i += 3;
                }
                else if ((b & 0xE0) == 0xC0 && i + 1 < n && IsContinuation(utf8[i + 1]))
                {
                    pool[poolLength++] = (char)(((b & 0x1F) << 6) | (utf8[i + 1] & 0x3F));
                    i += 2;
                }
                else if ((b & 0xF8) == 0xF0 && i + 3 < n && IsContinuation(utf8[i + 1]) && IsContinuation(utf8[i + 2]) && IsContinuation(utf8[i + 3]))
                {
                    var codePoint = ((b & 0x07) << 18) | ((utf8[i + 1] & 0x3F) << 12) | ((utf8[i + 2] & 0x3F) << 6) | (utf8[i + 3] & 0x3F);
                    poolLength += new System.Text.Rune(codePoint).EncodeToUtf16(pool.AsSpan(poolLength));
                    i += 4;
                }
                else
                {
                    throw Invalid(sourceName, lineNumber);
                }
            }
            if (poolLength == wordStart) throw Invalid(sourceName, lineNumber);
            i++;

            // The frequency; anything after it on the line (a part-of-speech tag) is skipped.
            long freq = 0;
            var digits = 0;
            while (i < n && (uint)(utf8[i] - '0') <= 9 && digits < 18)
            {
                freq = freq * 10 + (utf8[i] - '0');
                i++;
                digits++;
            }
            if (digits == 0 || (i < n && utf8[i] is not ((byte)' ' or (byte)'\n' or (byte)'\r'))) throw Invalid(sourceName, lineNumber);
            while (i < n && utf8[i] != '\n') i++;

            start[count] = wordStart;
            length[count] = poolLength - wordStart;
            frequency[count] = freq;
            total += freq;
            count++;
        }
        return new SortedEntries(pool, start, length, frequency, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;

    private static InvalidDataException Invalid(string sourceName, int lineNumber) =>
        new($"invalid dictionary entry in {sourceName} at line {lineNumber}");
}
