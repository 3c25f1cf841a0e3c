using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Templates.Precedents;

/// <summary>The appointment term a precedent states: 聘任期限为两年 → 两年, 聘期一般为3年 → 3年.</summary>
internal static class TermExtractor
{
    private static readonly Regex TermPattern = new(
        @"(?:聘任期限|聘用期限|聘任期|聘期|任期)(?:一般|原则上)?(?:为|是|不少于|不超过)?\s*(?<n>[一二两三四五六七八九十]+|\d{1,2})\s*(?<unit>年|个月)",
        RegexOptions.Compiled);

    public static string? Find(Document document) =>
        document.Units.Select(u => TermPattern.Match(u.Text)).FirstOrDefault(m => m.Success) is { } m
            ? m.Groups["n"].Value + (m.Groups["unit"].Value == "年" ? "年" : "个月")
            : null;

    /// <summary>Whole years in a term (两年 → 2, 3年 → 3); null for months or what it cannot read.</summary>
    public static int? Years(string? term)
    {
        if (term is null || !term.EndsWith('年') || term.EndsWith("个月", StringComparison.Ordinal)) return null;
        var n = term[..^1];
        if (int.TryParse(n, out var years)) return years;
        const string digits = "〇一二三四五六七八九";
        n = n.Replace('两', '二');
        return n switch
        {
            "十" => 10,
            { Length: 1 } when digits.Contains(n[0]) => digits.IndexOf(n[0]),
            { Length: 2 } when n[0] == '十' && digits.Contains(n[1]) => 10 + digits.IndexOf(n[1]),
            _ => null,
        };
    }
}
