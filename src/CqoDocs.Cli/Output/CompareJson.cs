using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Compare;

namespace CqoDocs.Cli.Output;

/// <summary>compare --format json: per document, its units on the topic with their citations.</summary>
internal sealed record CompareJson(string Topic, string TopicName, IReadOnlyList<CompareDocumentJson> Documents, IReadOnlyList<CompareSilentJson> Silent)
{
    public static CompareJson From(Comparison c) => new(
        c.Topic, c.TopicName,
        c.Columns.Select(col => new CompareDocumentJson(
            col.Document.Id, col.Document.Title, col.Document.Region.ToString(), FrontMatter.Format(col.Document.Date), col.Document.DocNumber,
            col.Units.Select(u => new CompareUnitJson(u.Label, u.Heading, u.Text, Citation.Of(col.Document, u))).ToList())).ToList(),
        c.Silent.Select(d => new CompareSilentJson(d.Id, d.Title, d.Region.ToString())).ToList());
}

internal sealed record CompareDocumentJson(string DocId, string Title, string Region, string? Date, string? DocNumber, IReadOnlyList<CompareUnitJson> Units);

internal sealed record CompareUnitJson(string Label, string? Heading, string Text, string Citation);

internal sealed record CompareSilentJson(string DocId, string Title, string Region);
