namespace CqoDocs.Search.Segmentation;

public enum SegmentMode
{
    /// <summary>jieba's precise mode (<c>jieba.cut</c>): every character in exactly one token.</summary>
    Precise,

    /// <summary>
    /// jieba's search mode (<c>jieba.cut_for_search</c>): before each long word, also its dictionary words of
    /// two and three characters, so a query for a part still finds the whole. Tokens overlap.
    /// </summary>
    Search,
}
