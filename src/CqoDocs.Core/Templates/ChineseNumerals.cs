using System.Text;

namespace CqoDocs.Core.Templates;

/// <summary>Numbers and dates in Chinese numerals: 十二, 二〇二四年三月一日 (the older style some letters still use).</summary>
internal static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";
    private static readonly string[] Units = ["", "十", "百", "千"];

    /// <summary>0 → 〇, 12 → 十二, 105 → 一百零五, 2024 → 二千零二十四; up to 9999.</summary>
    public static string Number(int n)
    {
        if (n is < 0 or > 9999) throw new ArgumentOutOfRangeException(nameof(n));
        if (n == 0) return "〇";
        if (n is >= 10 and < 20) return "十" + (n == 10 ? "" : Digits[n - 10].ToString());
        var sb = new StringBuilder();
        var digits = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pendingZero = false;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[i] - '0';
            var unit = digits.Length - 1 - i;
            if (d == 0)
            {
                pendingZero = sb.Length > 0;
                continue;
            }
            if (pendingZero) sb.Append('零');
            pendingZero = false;
            sb.Append(Digits[d]).Append(Units[unit]);
        }
        return sb.ToString();
    }

    /// <summary>2024-03-01 → 二〇二四年三月一日: the year digit by digit, month and day as numbers.</summary>
    public static string Date(DateOnly date)
    {
        var year = string.Concat(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => Digits[c - '0']));
        return $"{year}年{Number(date.Month)}月{Number(date.Day)}日";
    }
}
