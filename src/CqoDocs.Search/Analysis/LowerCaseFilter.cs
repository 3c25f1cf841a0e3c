namespace CqoDocs.Search.Analysis;

/// <summary>Lower-cases letters one character at a time (GB/T and gb/t are the same word).</summary>
public sealed class LowerCaseFilter : ICharFilter
{
    public string Apply(string text)
    {
        var i = 0;
        while (i < text.Length && char.ToLowerInvariant(text[i]) == text[i]) i++;
        if (i == text.Length) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var j = 0; j < source.Length; j++) span[j] = char.ToLowerInvariant(source[j]);
        });
    }
}
