using System.Globalization;
using System.Text.RegularExpressions;

namespace CqoDocs.Core.Templates;

/// <summary>
/// Turns a data value into the text a field shows. Without a format a date-like value (2024-03-01) is
/// written 2024年3月1日 and yes/no as 是/否; everything else as it stands. Formats after "|":
/// 日期 (must be a date), 中文 (二〇二四年三月一日, or 十二 for a number), 文号 (〔2024〕12号 form),
/// 原样 (exactly as given), 标题 (a title broken into lines at word boundaries, <see cref="TitleLineBreaker"/>;
/// 标题18 for lines of 18 characters), or a date pattern such as yyyy年M月 or yyyy.M.d.
/// </summary>
internal static class ValueFormatter
{
    public const string Date = "日期";
    public const string Chinese = "中文";
    public const string DocumentNumber = "文号";
    public const string Verbatim = "原样";
    public const string Title = "标题";

    private static readonly Regex DatePatternFormat = new(@"^(?=.*[yMd])[yMd年月日.\-/ ]{2,}$", RegexOptions.Compiled);

    private static readonly Regex TitleFormat = new(@"^标题(?<width>[1-9]\d?)?$", RegexOptions.Compiled);

    public static string KnownFormatsText => $"{Date}、{Chinese}、{DocumentNumber}、{Verbatim}、{Title}，或日期样式如 yyyy年M月";

    public static bool IsKnownFormat(string format) =>
        format is Date or Chinese or DocumentNumber or Verbatim || TitleFormat.IsMatch(format) || DatePatternFormat.IsMatch(format);

    /// <summary>The text for a scalar value; <paramref name="fail"/> explains a value the format cannot take.</summary>
    /// <param name="words">Word boundaries for the 标题 format; null breaks titles between characters.</param>
    public static string Format(object? value, string? format, Func<string, Exception> fail, WordSplitter? words = null)
    {
        var text = value switch
        {
            null => "",
            bool b => b ? "是" : "否",
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        switch (format)
        {
            case null:
                return ChineseDate.TryParse(text, out var date) ? ChineseDate.Format(date) : text;
            case Verbatim:
                return text;
            case DocumentNumber:
                return DocumentNumberFormat.Normalise(text);
            case Date:
                return ChineseDate.TryParse(text, out date) ? ChineseDate.Format(date) : throw fail($"“{text}”不是日期（可写 2024-03-01 或 2024年3月1日）");
            case not null when TitleFormat.Match(format) is { Success: true } title:
                var width = title.Groups["width"].Success ? int.Parse(title.Groups["width"].Value, CultureInfo.InvariantCulture) : TitleLineBreaker.DefaultWidth;
                return string.Join('\n', TitleLineBreaker.Break(text, width, words));
            case Chinese:
                if (ChineseDate.TryParse(text, out date)) return ChineseNumerals.Date(date);
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 9999) return ChineseNumerals.Number(n);
                throw fail($"“{text}”既不是日期也不是 0–9999 的整数，不能写成中文数字");
            default:
                return ChineseDate.TryParse(text, out date)
                    ? date.ToString(format, CultureInfo.InvariantCulture)
                    : throw fail($"“{text}”不是日期，不能按“{format}”格式输出");
        }
    }
}
