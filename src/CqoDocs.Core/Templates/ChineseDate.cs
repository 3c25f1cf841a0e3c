using System.Text.RegularExpressions;

namespace CqoDocs.Core.Templates;

/// <summary>
/// Dates as official documents write them: 2016年3月1日, Arabic numerals, the full year, no leading
/// zeros (GB/T 9704-2012 7.3.5). Reads 2016-03-01, 2016/3/1, 2016.3.1 and 2016年03月01日.
/// </summary>
internal static class ChineseDate
{
    private static readonly Regex DatePattern = new(@"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$", RegexOptions.Compiled);

    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (text is null || DatePattern.Match(text) is not { Success: true } m) return false;
        var (y, mo, d) = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        date = new DateOnly(y, mo, d);
        return true;
    }

    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
