using System.Globalization;

namespace CqoDocs.Search.Index;

/// <summary>
/// The tokens FTS5's unicode61 tokenizer sees in a full-text column: runs of letters, digits and
/// private-use characters (our analyzer's words are already lower-cased and joined by spaces). The
/// postings and unit lengths count exactly these, so that a BM25 computed from them equals FTS5's own
/// <c>bm25()</c> over the same text.
/// </summary>
internal static class IndexTokens
{
    public static IEnumerable<string> Of(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inToken = i < text.Length && IsTokenChar(text, i);
            if (inToken && start < 0) start = i;
            else if (!inToken && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
            if (i < text.Length && char.IsHighSurrogate(text[i]) && i + 1 < text.Length && inToken) i++;
        }
    }

    /// <summary>True when every character of <paramref name="word"/> is a token's: it is one token as it is.</summary>
    public static bool IsWholeToken(string word)
    {
        if (word.Length == 0) return false;
        for (var i = 0; i < word.Length; i++)
        {
            if (!IsTokenChar(word, i)) return false;
            if (char.IsHighSurrogate(word[i]) && i + 1 < word.Length) i++;
        }
        return true;
    }

    /// <summary>True when <paramref name="term"/> is exactly one token (one posting list), not a phrase of several.</summary>
    public static bool IsSingle(string term)
    {
        using var e = Of(term).GetEnumerator();
        return e.MoveNext() && e.Current == term && !e.MoveNext();
    }

    private static bool IsTokenChar(string text, int i) =>
        CharUnicodeInfo.GetUnicodeCategory(text, i) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.PrivateUse => true,
            _ => false,
        };
}
