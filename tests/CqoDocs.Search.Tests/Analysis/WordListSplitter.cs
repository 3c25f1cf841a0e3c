using CqoDocs.Search.Analysis;

namespace CqoDocs.Search.Tests.Analysis;

/// <summary>
/// A predictable stand-in for the jieba segmenter in tests of the index and queries: longest match against
/// a word list, one token per other character (letters and digits in runs), and, like jieba's search
/// mode, the listed words found inside a longer word emitted before it.
/// </summary>
internal sealed class WordListSplitter(params string[] words) : IWordSplitter
{
    private readonly HashSet<string> _words = new(words, StringComparer.Ordinal);
    private readonly int _longest = words.Length == 0 ? 1 : words.Max(w => w.Length);

    public IEnumerable<(int Start, int End)> Split(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var end = LongestWordAt(text, i);
            if (end < 0)
            {
                end = i + 1;
                if (char.IsAsciiLetterOrDigit(text[i]))
                {
                    while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
                }
            }
            for (var s = i; s < end; s++)
            {
                for (var e = s + 2; e <= end; e++)
                {
                    if ((s, e) != (i, end) && _words.Contains(text[s..e])) yield return (s, e);
                }
            }
            yield return (i, end);
            i = end;
        }
    }

    private int LongestWordAt(string text, int start)
    {
        for (var length = Math.Min(_longest, text.Length - start); length >= 2; length--)
        {
            if (_words.Contains(text.Substring(start, length))) return start + length;
        }
        return -1;
    }
}
