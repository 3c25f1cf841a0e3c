using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;

namespace CqoDocs.Search.Index;

/// <summary>The analyzed text of one unit's full-text columns (see <see cref="IndexSchema.FtsColumns"/>).</summary>
internal sealed record UnitFields(string Heading, string Body, string Topics, string Context)
{
    public static UnitFields Of(Unit unit, string documentContext, Analyzer analyzer) =>
        new(analyzer.ToIndexText(unit.Heading),
            analyzer.ToIndexText(unit.Text),
            TopicText(unit.Topics, analyzer),
            documentContext);

    /// <summary>
    /// The same columns as <see cref="Of"/> as words, not joined into text: what a build counts positions from
    /// (<see cref="UnitTermPositions"/>) without making each column's text and cutting it up again.
    /// </summary>
    /// <param name="documentContext">The document's <see cref="ContextOf"/>, cut into tokens once for all its units.</param>
    public static IEnumerable<string>[] Words(Unit unit, string[] documentContext, Analyzer analyzer) =>
        [analyzer.Terms(unit.Heading), analyzer.Terms(unit.Text), [TopicText(unit.Topics, analyzer)], documentContext];

    /// <summary>What a unit is found by besides its own words: its document's title and region.</summary>
    public static string ContextOf(Document document, Analyzer analyzer) =>
        analyzer.ToIndexText($"{document.Title} {document.Region}");

    /// <summary>Topic keys and their Chinese names, so 任职条件 finds units tagged qualifications.</summary>
    private static string TopicText(IReadOnlyList<string> topics, Analyzer analyzer) =>
        string.Join(' ', topics.Select(t =>
            Topic.ChineseNames.TryGetValue(t, out var name) ? $"{t} {analyzer.ToIndexText(name)}" : t));
}
