using CqoDocs.Core.Corpus;
using CqoDocs.Core.Requirements.Validity;
using CqoDocs.Search.Query;

namespace CqoDocs.Cli.Output;

/// <summary>search --json: the query, how many units match, and the hits with their whole text.</summary>
internal sealed record SearchJson(string Query, int? Total, IReadOnlyList<SearchHitJson> Hits)
{
    public static SearchJson From(SearchResult result) =>
        new(result.Query, result.Total, result.Hits.Select(SearchHitJson.From).ToList());
}

/// <param name="Snippet">The best window of the text, matched words between 【 and 】.</param>
/// <param name="Text">The unit's whole text, as written (Traditional stays Traditional).</param>
/// <param name="Validity">The document's status on the day of the search (in-force, repealed…).</param>
internal sealed record SearchHitJson(
    string DocId, string Title, string Region, string? Date, string? DocNumber, string Label, string? Heading,
    IReadOnlyList<string> Topics, double Score, string Snippet, string Text, string Citation, string? Validity)
{
    public static SearchHitJson From(SearchHit hit) => new(
        hit.Document.Id, hit.Document.Title, hit.Document.Region.ToString(), FrontMatter.Format(hit.Document.Date),
        hit.Document.DocNumber, hit.Unit.Label, hit.Unit.Heading, hit.Unit.Topics, hit.Score,
        hit.Snippet.Marked(), hit.Unit.Text, hit.Citation, hit.Validity?.Status.Key());
}
