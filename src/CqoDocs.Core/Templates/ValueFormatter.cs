using System.Globalization;
using System.Text.RegularExpressions;

namespace CqoDocs.Core.Templates;

/// <summary>
/// Turns a data value into the text a field shows. Without a format a date-like value (2024-03-01) is
/// written 2024年3月1日 and yes/no as 是/否; everything else as it stands. Formats after "|":
/// 日期 (must be a date), 中文 (二〇二四年三月一日, or 十二 for a number), 文号 (〔2024〕12号 form),
/// 原样 (exactly as given), or a date pattern such as yyyy年M月 or yyyy.M.d.
/// </summary>
internal static class ValueFormatter
{
    public const string Date = "日期";
    public const string Chinese = "中文";
    public const string DocumentNumber = "文号";
    public const string Verbatim = "原样";

    private static readonly Regex DatePatternFormat = new(@"^(?=.*[yMd])[yMd年月日.\-/ ]{2,}$", RegexOptions.Compiled);

    public static string KnownFormatsText => $"{Date}、{Chinese}、{DocumentNumber}、{Verbatim}，或日期样式如 yyyy年M月";

    public static bool IsKnownFormat(string format) =>
        format is Date or Chinese or DocumentNumber or Verbatim || DatePatternFormat.IsMatch(format);

    /// <summary>The text for a scalar value; <paramref name="fail"/> explains a value the format cannot take.</summary>
    public static string Format(object? value, string? format, Func<string, Exception> fail)
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
