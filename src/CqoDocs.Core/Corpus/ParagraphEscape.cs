namespace CqoDocs.Core.Corpus;

/// <summary>
/// Keeps a paragraph of any text a paragraph. A line that Markdown could read as anything else — a
/// heading, a fence (``` or ~~~), an HTML block or comment, a link reference definition, a rule, a list, a
/// quote, a table row — starts with ASCII punctuation or with a number and "." or ")"; such a line is
/// written with one leading backslash, which no Markdown block starts with, and reading removes exactly one.
/// </summary>
internal static class ParagraphEscape
{
    public static string Escape(string paragraph) => NeedsEscape(paragraph) ? "\\" + paragraph : paragraph;

    public static string Unescape(string paragraph) => paragraph.StartsWith('\\') ? paragraph[1..] : paragraph;

    private static bool NeedsEscape(string p)
    {
        if (p.Length == 0) return false;
        if (char.IsAscii(p[0]) && (char.IsPunctuation(p[0]) || char.IsSymbol(p[0]))) return true;
        var digits = 0;
        while (digits < p.Length && char.IsAsciiDigit(p[digits])) digits++;
        return digits > 0 && digits < p.Length && p[digits] is '.' or ')';
    }
}
