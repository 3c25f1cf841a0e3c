namespace CqoDocs.Search.Analysis;

/// <summary>Lower-cases letters one character at a time (GB/T and gb/t are the same word).</summary>
public sealed class LowerCaseFilter : ICharFilter
{
    public string Apply(string text)
    {
        var i = 0;
        while (i < text.Length && Lower(text[i]) == text[i]) i++;
        if (i == text.Length) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var j = 0; j < source.Length; j++) span[j] = Lower(source[j]);
        });
    }

    /// <summary>Han characters have no case: asking ICU about each of them was most of the cost of folding a unit.</summary>
    private static char Lower(char c) =>
        c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' ? c : char.ToLowerInvariant(c);
}
