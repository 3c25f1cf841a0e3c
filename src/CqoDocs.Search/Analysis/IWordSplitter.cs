namespace CqoDocs.Search.Analysis;

/// <summary>Cuts normalised text into words, as (Start, End) spans; spans may overlap (search mode).</summary>
public interface IWordSplitter
{
    IEnumerable<(int Start, int End)> Split(string text);
}
