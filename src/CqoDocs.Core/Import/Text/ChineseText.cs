namespace CqoDocs.Core.Import.Text;

/// <summary>Character classes the cleaning and structure steps reason with.</summary>
internal static class ChineseText
{
    /// <summary>A Han character (CJK unified ideographs, extension A, compatibility ideographs, or half of a surrogate pair).</summary>
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF'
        || char.IsSurrogate(c);

    /// <summary>Chinese punctuation: CJK symbols, full-width forms, curly quotes, ellipsis, dashes, middle dot.</summary>
    public static bool IsCjkPunctuation(char c) =>
        c is >= '\u3000' and <= '\u303F' or >= '\uFF01' and <= '\uFF0F' or >= '\uFF1A' and <= '\uFF20'
            or >= '\uFF3B' and <= '\uFF40' or >= '\uFF5B' and <= '\uFF65'
            or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u2014' or '\u00B7' or '\uFE30' and <= '\uFE4F';

    public static bool IsCjk(char c) => IsHan(c) || IsCjkPunctuation(c);

    public static int CountHan(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (IsHan(c)) n++;
        }
        return n;
    }

    /// <summary>Marks that end a sentence or a clause so that a line ending with one is complete.</summary>
    public static bool IsTerminal(char c) => c is '。' or '！' or '？' or '；' or '：' or '!' or '?' or ';' or ':' or '…';

    /// <summary>Marks a line of prose carries: a sentence of Chinese has commas or full stops.</summary>
    public static bool HasSentencePunctuation(ReadOnlySpan<char> s) =>
        s.IndexOfAny("，。；！？,;") >= 0;

    /// <summary>
    /// A line of running text (not a heading, a name or a list item): at least <paramref name="minHan"/> Han
    /// characters and sentence punctuation.
    /// </summary>
    public static bool IsProse(string line, int minHan = 12) =>
        HasSentencePunctuation(line) && CountHan(line) >= minHan;

    /// <summary>Letters or digits (ASCII or not) or Han: a line without any is only symbols.</summary>
    public static bool HasWordCharacter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c) || IsHan(c)) return true;
        }
        return false;
    }
}
