namespace CqoDocs.Search.Segmentation;

/// <summary>
/// jieba's <c>cut_for_search</c>: before a word longer than two characters, each of its two-character
/// sub-words that is in the dictionary; before a word longer than three, each three-character one; then
/// the word itself. All tokens keep offsets into the text.
/// </summary>
internal static class SearchGrams
{
    public static void Expand(PrefixDictionary dictionary, ReadOnlySpan<char> text, ReadOnlySpan<TokenRange> precise,
        int offset, TokenBuffer output)
    {
        foreach (var token in precise)
        {
            var word = text[(token.Start - offset)..(token.End - offset)];
            if (word.Length > 2) AddGrams(dictionary, word, 2, token.Start, output);
            if (word.Length > 3) AddGrams(dictionary, word, 3, token.Start, output);
            output.Add(token.Start, token.End);
        }
    }

    private static void AddGrams(PrefixDictionary dictionary, ReadOnlySpan<char> word, int size, int start, TokenBuffer output)
    {
        for (var i = 0; i + size <= word.Length; i++)
        {
            if (dictionary.IsWord(word.Slice(i, size))) output.Add(start + i, start + i + size);
        }
    }
}
