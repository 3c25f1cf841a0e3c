using System.Text.RegularExpressions;

namespace CqoDocs.Core.Import.Text;

/// <summary>
/// A standard's number: GB/T 19000—2016, DB33/T 2305—2021, DB1305/T 115—2024 (a city's four-digit code),
/// T/ZZB 0123—2019, written with any dash and spacing (DB32/T4570-2023). Normalised to "DB32/T 4570—2023".
/// </summary>
internal static partial class StandardNumberPattern
{
    [GeneratedRegex(@"(?<![A-Za-z0-9])(GB(?:\s*/\s*[TZ])?|DB\s*\d{2,6}(?:\s*/\s*T)?|T\s*/\s*[A-Z0-9]{2,10}|Q\s*/\s*[A-Z0-9]{2,10}|[A-Z]{2}(?:\s*/\s*T)?)\s*(\d+(?:\.\d+)*)\s*[—–\-－―]{1,2}\s*((?:19|20)\d{2})(?!\d)")]
    private static partial Regex Number();

    public readonly record struct Found(string Number, int Index, int Length);

    /// <summary>The first standard number in <paramref name="text"/>, normalised.</summary>
    public static Found? Find(string text)
    {
        var m = Number().Match(text);
        if (!m.Success) return null;
        var code = Regex.Replace(m.Groups[1].Value, @"\s+", "");
        return new Found($"{code} {m.Groups[2].Value}—{m.Groups[3].Value}", m.Index, m.Length);
    }

    /// <summary>The number when <paramref name="line"/> is nothing else (brackets allowed).</summary>
    public static string? Whole(string line)
    {
        var t = line.Trim().Trim('（', '）', '(', ')', '[', ']', '【', '】', ' ');
        return Find(t) is { } f && f.Index == 0 && f.Length == t.Length ? f.Number : null;
    }

    /// <summary>A title with its standard number cut off its start or end: "DB32/T 4570—2023 企业首席质量官管理规范" → the name.</summary>
    public static string WithoutNumber(string title)
    {
        if (Find(title) is not { } f) return title;
        var before = title[..f.Index].Trim();
        var after = title[(f.Index + f.Length)..].Trim();
        if (before.Length > 0 && after.Length > 0) return title;
        var rest = (before.Length > 0 ? before : after).Trim(' ', '《', '》', '(', ')', '（', '）', '、', ':', '：', '-', '—', '_', '|');
        return ChineseText.CountHan(rest) >= 4 ? rest : title;
    }
}
