using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Templates;

/// <summary>
/// Finds the paragraphs and table rows that hold nothing but block tags ({{#职责}} on a line of its
/// own), which disappear from the output so that blocks leave no empty lines behind, and decides which
/// of them can go without leaving a cell, table or body that Word would refuse.
/// </summary>
internal static class StandaloneTags
{
    public static HashSet<OpenXmlElement> Removable(OpenXmlElement root, IReadOnlyList<TagOccurrence> tags)
    {
        var blockTagRuns = tags.Where(t => t.Tag.IsBlockTag).Select(t => t.Run).ToHashSet();
        var holders = tags.Where(t => t.Tag.IsBlockTag).Select(t => t.Paragraph).ToHashSet();
        var candidates = new HashSet<OpenXmlElement>();
        foreach (var p in holders.Where(p => IsStandalone(p, blockTagRuns))) candidates.Add(p);
        foreach (var row in holders.Select(p => p.Ancestors<TableRow>().FirstOrDefault()).OfType<TableRow>().Distinct())
        {
            var cellParagraphs = row.Elements<TableCell>().SelectMany(c => c.ChildElements.Where(IsBlockLevel)).ToList();
            if (cellParagraphs.All(e => e is Paragraph p && (candidates.Contains(p) || IsEmpty(p)))) candidates.Add(row);
        }

        var removed = new HashSet<OpenXmlElement>();
        foreach (var element in root.Descendants().Where(candidates.Contains))
        {
            if (element is TableRow row ? CanRemoveRow(row, removed) : CanRemoveParagraph(element, removed)) removed.Add(element);
        }
        return removed;
    }

    private static bool IsStandalone(Paragraph paragraph, HashSet<Run> blockTagRuns)
    {
        if (paragraph.ParagraphProperties?.SectionProperties is not null) return false;
        foreach (var child in paragraph.ChildElements)
        {
            switch (child)
            {
                case ParagraphProperties or BookmarkStart or BookmarkEnd or ProofError or OpenXmlMiscNode:
                    continue;
                case Run run when blockTagRuns.Contains(run) || IsBlankRun(run):
                    continue;
                default:
                    return false;
            }
        }
        return true;
    }

    private static bool IsEmpty(Paragraph paragraph) =>
        paragraph.ChildElements.All(c => c is ParagraphProperties or BookmarkStart or BookmarkEnd or ProofError || c is Run r && IsBlankRun(r));

    private static bool IsBlankRun(Run run) =>
        run.ChildElements.All(c => c is RunProperties || c is Text t && string.IsNullOrWhiteSpace(t.Text));

    public static bool IsBlockLevel(OpenXmlElement e) => e is Paragraph or Table or SdtBlock or CustomXmlBlock;

    private static bool CanRemoveParagraph(OpenXmlElement paragraph, HashSet<OpenXmlElement> removed)
    {
        var siblings = paragraph.Parent!.ChildElements.Where(e => IsBlockLevel(e) && !removed.Contains(e)).ToList();
        if (siblings.Count <= 1) return false;
        // Word wants a cell or a body to end with a paragraph, not a table.
        return siblings[^1] != paragraph || siblings[^2] is Paragraph;
    }

    private static bool CanRemoveRow(TableRow row, HashSet<OpenXmlElement> removed) =>
        row.Parent!.Elements<TableRow>().Count(r => !removed.Contains(r)) > 1;
}
