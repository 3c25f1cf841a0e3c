namespace CqoDocs.Core.Import.Text;

/// <summary>Numbers written in Chinese numerals (十五, 二十一, 一百零二, 二〇一三) or Arabic digits.</summary>
internal static class ChineseNumber
{
    private const string Digits = "〇一二三四五六七八九";

    public static bool IsNumeral(char c) => Digit(c) >= 0 || c is '十' or '百' or '千' or '两' or '拾' or '佰';

    /// <summary>The value, or -1 when <paramref name="s"/> is not a number.</summary>
    public static int Parse(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return -1;
        if (int.TryParse(s, out var arabic)) return arabic;
        var total = 0;
        var current = -1;
        var sawUnit = false;
        foreach (var c in s)
        {
            var d = Digit(c);
            if (d >= 0)
            {
                // Digit strings without units (二〇一三) read position by position.
                current = current >= 0 && !sawUnit ? current * 10 + d : d;
                continue;
            }
            if (c == '万')
            {
                // Everything so far counts ten-thousands: 一万零一 = 1×10000 + 1, 十二万 = 12×10000.
                var high = total + Math.Max(current, 0);
                if (high > 200_000) return -1;
                total = (high == 0 ? 1 : high) * 10000;
                current = -1;
                sawUnit = true;
                continue;
            }
            var unit = c switch { '十' or '拾' => 10, '百' or '佰' => 100, '千' => 1000, _ => 0 };
            if (unit == 0) return -1;
            // 十 alone and 零十 (as in 一万零十) both mean one ten.
            total += (current <= 0 ? 1 : current) * unit;
            current = -1;
            sawUnit = true;
        }
        return total + Math.Max(current, 0);
    }

    /// <summary>Digit value of 〇/零/一…九 (also 两), else -1.</summary>
    public static int Digit(char c) => c switch
    {
        '零' or 'О' or 'o' or 'O' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c),
    };
}
