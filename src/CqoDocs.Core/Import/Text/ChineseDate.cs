using System.Text.RegularExpressions;

namespace CqoDocs.Core.Import.Text;

/// <summary>
/// Dates as notices and web pages write them: 2016年3月1日, 二〇一三年九月十八日, 2016-03-08 07:17:12,
/// 2016/3/8, 2016.03.08. Parsing works on Simplified text (fold Traditional first).
/// </summary>
internal static partial class ChineseDate
{
    private const string Numeral = "[0-9〇零OoО一二三四五六七八九十]";

    [GeneratedRegex($@"({Numeral}{{4}})\s*年\s*({Numeral}{{1,3}})\s*月\s*({Numeral}{{1,3}})\s*[日号]")]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)")]
    private static partial Regex NumericDate();

    /// <summary>A date standing for the whole of <paramref name="s"/> (spaces, brackets and a time of day allowed around it).</summary>
    [GeneratedRegex(@"^[\s\[【（(]*(?:(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|[0-9〇零OoО一二三四五六七八九十]{4}\s*年\s*[0-9〇零一二三四五六七八九十]{1,3}\s*月\s*[0-9〇零一二三四五六七八九十]{1,3}\s*[日号])(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[\s\]】）)]*$")]
    private static partial Regex WholeDate();

    public readonly record struct Match(DateOnly Date, int Index, int Length);

    /// <summary>Every date in <paramref name="s"/>, in order.</summary>
    public static IEnumerable<Match> FindAll(string s)
    {
        var found = new List<Match>();
        foreach (System.Text.RegularExpressions.Match m in WrittenDate().Matches(s))
        {
            if (Make(ChineseNumber.Parse(m.Groups[1].Value), ChineseNumber.Parse(m.Groups[2].Value), ChineseNumber.Parse(m.Groups[3].Value)) is { } d)
                found.Add(new Match(d, m.Index, m.Length));
        }
        foreach (System.Text.RegularExpressions.Match m in NumericDate().Matches(s))
        {
            if (Make(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[3].Value), int.Parse(m.Groups[4].Value)) is { } d)
                found.Add(new Match(d, m.Index, m.Length));
        }
        return found.OrderBy(f => f.Index);
    }

    public static DateOnly? First(string s) => FindAll(s).Select(m => (DateOnly?)m.Date).FirstOrDefault();

    /// <summary>The date when <paramref name="s"/> is nothing but a date (with an optional time of day).</summary>
    public static DateOnly? Whole(string s) => WholeDate().IsMatch(s) ? First(s) : null;

    public static bool EndsWithDate(string s, out Match match)
    {
        var trimmed = s.TrimEnd(' ', ']', '】', ')', '）', '　');
        match = FindAll(trimmed).LastOrDefault();
        return match.Length > 0 && match.Index + match.Length == trimmed.Length;
    }

    private static DateOnly? Make(int year, int month, int day)
    {
        if (year is < 1949 or > 2100 || month is < 1 or > 12 || day < 1) return null;
        if (day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }
}
