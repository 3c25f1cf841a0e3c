namespace CqoDocs.Search.Normalisation;

/// <summary>
/// Folds full-width ASCII forms (Ａ, １, ！, U+FF01–U+FF5E) to their ASCII counterparts and the ideographic
/// space (U+3000) to a space, one character for one, so offsets still point into the original text. Useful
/// before indexing: jieba treats full-width letters and digits as punctuation, one token per character,
/// while folded they join into words and numbers (２０２４年 → 2024 年).
/// </summary>
public static class WidthFolder
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int Shift = FullWidthFirst - '!';

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAnyInRange(FullWidthFirst, FullWidthLast);
        var space = text.IndexOf('\u3000');
        if (first < 0 || (space >= 0 && space < first)) first = space;
        if (first < 0) return text;
        return string.Create(text.Length, (text, first), static (destination, state) =>
        {
            state.text.AsSpan(0, state.first).CopyTo(destination);
            Fold(state.text.AsSpan(state.first), destination[state.first..]);
        });
    }

    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length) throw new ArgumentException("destination is shorter than source", nameof(destination));
        for (var i = 0; i < source.Length; i++) destination[i] = Fold(source[i]);
    }

    public static char Fold(char c) => c switch
    {
        >= FullWidthFirst and <= FullWidthLast => (char)(c - Shift),
        '\u3000' => ' ',
        _ => c,
    };
}
