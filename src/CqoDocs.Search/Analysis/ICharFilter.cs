namespace CqoDocs.Search.Analysis;

/// <summary>
/// A normalisation step that maps the text character for character: the result has the same length,
/// so offsets found in the result are offsets into the original text.
/// </summary>
public interface ICharFilter
{
    string Apply(string text);
}
