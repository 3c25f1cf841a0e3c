using System.Text.RegularExpressions;
using CqoDocs.Core;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// Reads a user dictionary in jieba's format (<c>load_userdict</c>): one entry a line, <c>word [freq] [tag]</c>,
/// the word being the shortest start of the line that leaves an optional <c> digits</c> and an optional
/// <c> lowercase-letters</c> at the end (so a word may contain spaces). Blank lines are skipped; a byte
/// order mark at the start of a line is dropped. The part-of-speech tag is read and ignored.
/// </summary>
internal static partial class UserDictionaryReader
{
    public readonly record struct Entry(string Word, long? Frequency, int Line);

    [GeneratedRegex("^(.+?)( [0-9]+)?( [a-z]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPattern();

    /// <summary>Python's <c>bytes.strip()</c>: ASCII whitespace only, not the ideographic space.</summary>
    private static readonly char[] s_asciiWhitespace = [' ', '\t', '\n', '\r', '\v', '\f'];

    public static IEnumerable<Entry> Read(TextReader reader, string sourceName)
    {
        var lines = reader.ReadToEnd().Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim(s_asciiWhitespace).TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            var match = EntryPattern().Match(line);
            long? frequency = null;
            if (match.Groups[2].Success)
            {
                if (!long.TryParse(match.Groups[2].ValueSpan.Trim(), out var parsed) || parsed > int.MaxValue)
                {
                    throw new CqoDocsException($"词频过大：{match.Groups[2].Value.Trim()}", sourceName, index + 1);
                }
                frequency = parsed;
            }
            yield return new Entry(match.Groups[1].Value, frequency, index + 1);
        }
    }
}
