namespace CqoDocs.Search.Analysis;

/// <summary>Decides whether a word found by the splitter is worth indexing or searching for.</summary>
public interface ITokenFilter
{
    bool Keep(string term);
}
