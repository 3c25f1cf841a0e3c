namespace CqoDocs.Search.Analysis;

/// <summary>Drops tokens that hold no letter or digit: punctuation, spaces, line breaks, symbols.</summary>
public sealed class PunctuationFilter : ITokenFilter
{
    public bool Keep(string term)
    {
        foreach (var c in term)
        {
            if (char.IsLetterOrDigit(c)) return true;
        }
        return false;
    }
}
