using CqoDocs.Search.Normalisation;

namespace CqoDocs.Search.Analysis;

/// <summary>Traditional → Simplified, character for character (質量 → 质量), so either script finds the other.</summary>
public sealed class ScriptFoldFilter : ICharFilter
{
    public string Apply(string text) => ScriptNormaliser.ToSimplified(text);
}
