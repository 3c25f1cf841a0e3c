using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Word;

internal enum PreviewAlign
{
    Start,
    Center,
    End,
}

/// <summary>One block of a document's body as plain text: a paragraph, a table (rows of cells) or a page break.</summary>
internal sealed record PreviewBlock(string Text, PreviewAlign Align = PreviewAlign.Start, bool Bold = false,
    IReadOnlyList<IReadOnlyList<PreviewCell>>? Rows = null, bool PageBreak = false);

/// <summary>A table cell's text (paragraphs separated by "\n") and how many grid columns it spans.</summary>
internal sealed record PreviewCell(string Text, int Span = 1);

/// <summary>
/// The text of a .docx body in reading order — paragraphs with their alignment, tables cell by cell, page
/// breaks — for showing a generated document as a page. Only text comes out; the page shows it escaped.
/// </summary>
internal static class DocxPreview
{
    public static IReadOnlyList<PreviewBlock> Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var blocks = new List<PreviewBlock>();
        if (document.MainDocumentPart?.Document?.Body is { } body) Add(body, blocks);
        return blocks;
    }

    private static void Add(OpenXmlElement container, List<PreviewBlock> blocks)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    var text = Text(paragraph);
                    if (paragraph.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page)
                        || paragraph.ParagraphProperties?.PageBreakBefore is not null)
                    {
                        blocks.Add(new PreviewBlock("", PageBreak: true));
                    }
                    blocks.Add(new PreviewBlock(text, Align(paragraph), Bold(paragraph)));
                    break;
                case Table table:
                    var rows = table.Elements<TableRow>()
                        .Select(r => (IReadOnlyList<PreviewCell>)r.Elements<TableCell>()
                            .Select(c => new PreviewCell(string.Join("\n", c.Elements<Paragraph>().Select(Text)), c.TableCellProperties?.GridSpan?.Val?.Value ?? 1))
                            .ToList())
                        .ToList();
                    blocks.Add(new PreviewBlock("", Rows: rows));
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    Add(content, blocks);
                    break;
            }
        }
    }

    private static string Text(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\u3000');
                    break;
                case Break br when br.Type is null || br.Type.Value == BreakValues.TextWrapping:
                    text.Append('\n');
                    break;
            }
        }
        return text.ToString();
    }

    private static PreviewAlign Align(Paragraph paragraph)
    {
        var value = paragraph.ParagraphProperties?.Justification?.Val?.Value;
        if (value == JustificationValues.Center) return PreviewAlign.Center;
        if (value == JustificationValues.Right || value == JustificationValues.End) return PreviewAlign.End;
        return PreviewAlign.Start;
    }

    /// <summary>Bold when every run with text is bold (a heading), not when one word is.</summary>
    private static bool Bold(Paragraph paragraph)
    {
        var runs = paragraph.Elements<Run>().Where(r => r.Elements<Text>().Any(t => t.Text.Length > 0)).ToList();
        return runs.Count > 0 && runs.All(r => r.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value));
    }
}
