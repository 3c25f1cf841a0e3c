namespace CqoDocs.Core.Model;

/// <summary>
/// Dates written YYYY-MM-DD, as the corpus files, the index and --as-of keep them: exactly ten ASCII characters,
/// a real day. Read by hand, as <c>DateOnly.TryParseExact(…, "yyyy-MM-dd", InvariantCulture)</c> reads them: that
/// one compares the dashes through the culture's collation, which builds an ICU collator (~10 ms) in every process
/// that reads a date, a search among them.
/// </summary>
public static class IsoDate
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        if (!Number(text[..4], out var year) || !Number(text.Slice(5, 2), out var month) || !Number(text.Slice(8, 2), out var day)) return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The date, or a <see cref="FormatException"/> naming what was found.</summary>
    public static DateOnly Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"“{text}” is not a date written YYYY-MM-DD");

    private static bool Number(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
