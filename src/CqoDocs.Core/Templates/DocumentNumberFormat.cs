using System.Text.RegularExpressions;

namespace CqoDocs.Core.Templates;

/// <summary>
/// 发文字号 as GB/T 9704-2012 7.2.4 writes it: the year whole inside 〔〕 (六角括号), the serial without
/// 第 and leading zeros, then 号 — so 质发[2024]第012号 and 质发（2024）12 号 both become 质发〔2024〕12号.
/// </summary>
internal static class DocumentNumberFormat
{
    private static readonly Regex NumberPattern = new(
        @"^(?<prefix>.*?)\s*[\[［〔【(（{｛]\s*(?<year>\d{4})\s*[\]］〕】)）}｝]\s*第?\s*(?<serial>\d+)\s*号\s*$",
        RegexOptions.Compiled);

    /// <summary>The number in standard form; text that is not a document number is returned unchanged.</summary>
    public static string Normalise(string text)
    {
        var m = NumberPattern.Match(text.Trim());
        if (!m.Success) return text;
        var serial = m.Groups["serial"].Value.TrimStart('0');
        if (serial.Length == 0) return text;
        return $"{m.Groups["prefix"].Value}〔{m.Groups["year"].Value}〕{serial}号";
    }
}
