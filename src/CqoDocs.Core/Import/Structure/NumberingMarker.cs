using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Structure;

/// <summary>The numbering schemes of Chinese official documents, from the outermost in.</summary>
internal enum MarkerKind
{
    /// <summary>第一章</summary>
    Chapter,
    /// <summary>第一节</summary>
    Part,
    /// <summary>第一条</summary>
    Article,
    /// <summary>一、</summary>
    Section,
    /// <summary>（一）</summary>
    Item,
    /// <summary>1. or 1、</summary>
    Numbered,
    /// <summary>（1）</summary>
    BracketNumbered,
    /// <summary>①</summary>
    Circled,
    /// <summary>4.1 / 4.1.1 (standards)</summary>
    Clause,
}

/// <summary>A numbering marker at the start of a line: its scheme, its number and how many characters it takes.</summary>
/// <param name="Clause">For <see cref="MarkerKind.Clause"/>: the clause number as written (4.1.2).</param>
internal readonly partial record struct NumberingMarker(MarkerKind Kind, int Number, int Length, string Written, string? Clause = null)
{
    private const string Numerals = "一二三四五六七八九十百千零〇两";

    public int ClauseDepth => Clause is null ? 0 : Clause.Count(c => c == '.') + 1;

    /// <summary>Reads the marker at the start of <paramref name="folded"/> (Simplified text), or null.</summary>
    public static NumberingMarker? Parse(string folded)
    {
        if (folded.Length < 2) return null;
        var c = folded[0];
        if (c == '第') return ParseOrdinal(folded);
        if (c is '（' or '(') return ParseBracketed(folded);
        if (c is >= '①' and <= '⑳') return new NumberingMarker(MarkerKind.Circled, c - '①' + 1, 1, c.ToString());
        if (char.IsAsciiDigit(c)) return ParseDigits(folded);
        if (Numerals.Contains(c)) return ParseSection(folded);
        return null;
    }

    private static NumberingMarker? ParseOrdinal(string s)
    {
        var m = Ordinal().Match(s);
        if (!m.Success) return null;
        var n = ChineseNumber.Parse(m.Groups[1].Value);
        if (n <= 0) return null;
        var kind = m.Groups[2].Value switch { "章" => MarkerKind.Chapter, "节" => MarkerKind.Part, _ => MarkerKind.Article };
        return new NumberingMarker(kind, n, m.Length, m.Groups[0].Value.TrimEnd());
    }

    private static NumberingMarker? ParseBracketed(string s)
    {
        var m = Bracketed().Match(s);
        if (!m.Success) return null;
        var digits = m.Groups[1].Value;
        var n = ChineseNumber.Parse(digits);
        if (n <= 0) return null;
        var kind = char.IsAsciiDigit(digits[0]) ? MarkerKind.BracketNumbered : MarkerKind.Item;
        return new NumberingMarker(kind, n, m.Length, $"（{digits}）");
    }

    private static NumberingMarker? ParseDigits(string s)
    {
        var clause = ClausePattern().Match(s);
        if (clause.Success)
        {
            var number = clause.Groups[1].Value;
            return new NumberingMarker(MarkerKind.Clause, int.Parse(number.Split('.')[^1]), clause.Length, number, number);
        }
        var m = Numbered().Match(s);
        if (!m.Success) return null;
        return new NumberingMarker(MarkerKind.Numbered, int.Parse(m.Groups[1].Value), m.Length, m.Groups[1].Value);
    }

    private static NumberingMarker? ParseSection(string s)
    {
        var m = Section().Match(s);
        if (!m.Success) return null;
        var n = ChineseNumber.Parse(m.Groups[1].Value);
        return n <= 0 ? null : new NumberingMarker(MarkerKind.Section, n, m.Length, m.Groups[1].Value);
    }

    [GeneratedRegex(@"^第\s*([一二三四五六七八九十百千万零〇两\d]{1,12})\s*(章|节|条)(?![件款例约])\s*")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^[（(]\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]\s*")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(\d{1,2})\s*[.．、](?![\d.．])\s*")]
    private static partial Regex Numbered();

    /// <summary>4.1 / 4.1.1 followed by text, or a top-level clause "4 基本要求" (digit, space, Han).</summary>
    [GeneratedRegex(@"^(\d{1,2}(?:\.\d{1,2}){1,3}|\d{1,2}(?= [\u4E00-\u9FFF]))(?:\s+|(?=[\u4E00-\u9FFF])|$)")]
    private static partial Regex ClausePattern();

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})\s*[、．.]\s*")]
    private static partial Regex Section();
}
