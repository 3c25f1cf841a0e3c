namespace CqoDocs.Search.Segmentation;

/// <summary>The character classes of jieba 0.42.1's regular expressions, as plain tests on UTF-16 units.</summary>
internal static class JiebaCharClasses
{
    public const char HanFirst = '\u4E00';
    public const char HanLast = '\u9FD5';

    /// <summary><c>re_han_default</c>: <c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%\-]</c>; runs of these are segmented.</summary>
    public static bool IsBlockChar(char c) =>
        (c >= HanFirst && c <= HanLast) || IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '-';

    /// <summary>finalseg's <c>re_han</c>: <c>[\u4E00-\u9FD5]</c>, the characters the HMM knows.</summary>
    public static bool IsHan(char c) => c >= HanFirst && c <= HanLast;

    /// <summary><c>re_eng</c>: <c>[a-zA-Z0-9]</c> (ASCII only; full-width letters are not included).</summary>
    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>
    /// Python's <c>\s</c> on str patterns, which <c>re_skip_default</c> uses. It differs from
    /// <see cref="char.IsWhiteSpace(char)"/>: it includes the information separators U+001C–U+001F.
    /// </summary>
    public static bool IsPythonWhitespace(char c) => c switch
    {
        >= '\t' and <= '\r' => true,
        >= '\u001C' and <= ' ' => true,
        '\u0085' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };
}
