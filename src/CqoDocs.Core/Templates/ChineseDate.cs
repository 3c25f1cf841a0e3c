using System.Text.RegularExpressions;

namespace CqoDocs.Core.Templates;

/// <summary>
/// Dates as official documents write them: 2016年3月1日, Arabic numerals, the full year, no leading
/// zeros (GB/T 9704-2012 7.3.5). Reads 2016-03-01, 2016/3/1, 2016.3.1, 2016年03月01日 and the older
/// 二〇一六年三月一日.
/// </summary>
internal static class ChineseDate
{
    private const string Digits = "〇一二三四五六七八九";
    private static readonly Regex DatePattern = new(@"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$", RegexOptions.Compiled);
    private static readonly Regex ChinesePattern = new(@"^\s*([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日\s*$", RegexOptions.Compiled);

    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (text is null || Parts(text) is not var (y, mo, d)) return false;
        if (y < 1 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        date = new DateOnly(y, mo, d);
        return true;
    }

    /// <summary>Whether a text is written as a date, real or not (2024年13月45日 is written as one and is not one).</summary>
    public static bool LooksLikeDate(string? text) => text is not null && Parts(text) is not null;

    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private static (int Year, int Month, int Day)? Parts(string text)
    {
        if (text.Length > 40) return null;
        if (DatePattern.Match(text) is { Success: true } m)
        {
            return (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
        }
        if (ChinesePattern.Match(text) is { Success: true } c)
        {
            var year = 0;
            foreach (var ch in c.Groups[1].Value) year = year * 10 + (ch is '零' or '○' or 'Ｏ' ? 0 : Digits.IndexOf(ch));
            return (year, Number(c.Groups[2].Value), Number(c.Groups[3].Value));
        }
        return null;
    }

    /// <summary>一 … 九, 十, 十二, 二十, 三十一 (and 三十三, which is then no day of any month).</summary>
    private static int Number(string s)
    {
        var ten = s.IndexOf('十');
        if (ten < 0) return Digits.IndexOf(s[0]);
        var tens = ten == 0 ? 1 : Digits.IndexOf(s[0]);
        var ones = ten == s.Length - 1 ? 0 : Digits.IndexOf(s[^1]);
        return tens * 10 + ones;
    }
}
