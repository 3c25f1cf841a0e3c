using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Search.Query;

/// <summary>One unit that answers a query.</summary>
/// <param name="Document">The unit's document (metadata only, no units).</param>
/// <param name="WordsMatched">How many of the query's words (or their synonyms) the unit's heading and text show.</param>
/// <param name="Score">WordsMatched + a fraction: the integer part counts words shown, the fraction ranks within.</param>
/// <param name="Heading">The unit's heading with matches marked (empty when it has none).</param>
/// <param name="Snippet">The best window of the unit's text with matches marked.</param>
public sealed record SearchHit(Document Document, Unit Unit, int WordsMatched, double Score, HighlightedText Heading, HighlightedText Snippet)
{
    /// <summary>The document's status on the day of the search; null when not known.</summary>
    public DocumentValidity? Validity { get; init; }

    public string Citation => Core.Model.Citation.Of(Document, Unit);
}
