namespace CqoDocs.Search.Analysis;

/// <summary>
/// Folds full-width ASCII (ＧＢ／Ｔ　９７０４) to half-width and the ideographic space to a space, so that
/// either form finds the other. Character for character: the length never changes.
/// </summary>
public sealed class WidthFolder : ICharFilter
{
    public string Apply(string text)
    {
        if (!NeedsFolding(text)) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = Fold(source[i]);
        });
    }

    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    private static bool NeedsFolding(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\uFF01' and <= '\uFF5E' or '\u3000') return true;
        }
        return false;
    }
}
