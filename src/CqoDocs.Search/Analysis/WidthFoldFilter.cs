using CqoDocs.Search.Normalisation;

namespace CqoDocs.Search.Analysis;

/// <summary>Full-width ASCII to half-width (ＧＢ／Ｔ → GB/T), character for character, as an analysis step.</summary>
public sealed class WidthFoldFilter : ICharFilter
{
    public string Apply(string text) => WidthFolder.Fold(text);
}
