using System.Text;

namespace CqoDocs.Search.Normalisation;

/// <summary>
/// Traditional→Simplified Chinese, character by character with OpenCC's table, keeping the length: index i
/// of the result is index i of the input, so offsets found in the simplified text point into the original.
/// Character-level mapping cannot resolve the rare one-to-many cases (乾 becomes 干 even in 乾隆), which is
/// acceptable for search. See <see cref="TraditionalToSimplifiedTable"/> for the rows left out.
/// </summary>
public static class ScriptNormaliser
{
    public static string ToSimplified(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstChange(text);
        if (first < 0) return text;
        return string.Create(text.Length, (text, first), static (destination, state) =>
        {
            state.text.AsSpan(0, state.first).CopyTo(destination);
            Convert(state.text.AsSpan(state.first), destination[state.first..]);
        });
    }

    /// <summary>Writes the simplified form of <paramref name="source"/> into <paramref name="destination"/> (same length or longer).</summary>
    public static void ToSimplified(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length) throw new ArgumentException("destination is shorter than source", nameof(destination));
        Convert(source, destination);
    }

    private static int FirstChange(ReadOnlySpan<char> text)
    {
        var table = TraditionalToSimplifiedTable.Bundled;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (table.Map(c) != c) return i;
            if (char.IsHighSurrogate(c) && table.HasSupplementary && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (table.Map(codePoint) != codePoint) return i;
                i++;
            }
        }
        return -1;
    }

    private static void Convert(ReadOnlySpan<char> source, Span<char> destination)
    {
        var table = TraditionalToSimplifiedTable.Bundled;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                var rune = new Rune(table.Map(char.ConvertToUtf32(c, source[i + 1])));
                rune.EncodeToUtf16(destination[i..]);
                i++;
                continue;
            }
            destination[i] = table.Map(c);
        }
    }
}
