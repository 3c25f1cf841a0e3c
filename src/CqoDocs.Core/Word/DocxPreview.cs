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
        var styles = StyleAlignments(document.MainDocumentPart?.StyleDefinitionsPart?.Styles);
        if (document.MainDocumentPart?.Document?.Body is { } body) Add(body, blocks, styles);
        return blocks;
    }

    /// <summary>The alignment each paragraph style gives, its own or inherited (basedOn): titles are centred by their style.</summary>
    private static Dictionary<string, JustificationValues> StyleAlignments(Styles? styles)
    {
        var byId = styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null).GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First())
            ?? [];
        var result = new Dictionary<string, JustificationValues>();
        foreach (var id in byId.Keys)
        {
            var seen = new HashSet<string>();
            for (var style = byId[id]; style is not null && seen.Add(style.StyleId!.Value!);)
            {
                if (style.StyleParagraphProperties?.Justification?.Val?.Value is { } value)
                {
                    result[id] = value;
                    break;
                }
                style = style.BasedOn?.Val?.Value is { } parent ? byId.GetValueOrDefault(parent) : null;
            }
        }
        return result;
    }

    private static void Add(OpenXmlElement container, List<PreviewBlock> blocks, Dictionary<string, JustificationValues> styles)
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
                    blocks.Add(new PreviewBlock(text, Align(paragraph, styles), Bold(paragraph)));
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
                    Add(content, blocks, styles);
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

    private static PreviewAlign Align(Paragraph paragraph, Dictionary<string, JustificationValues> styles)
    {
        var value = paragraph.ParagraphProperties?.Justification?.Val?.Value
            ?? (paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style && styles.TryGetValue(style, out var inherited) ? inherited : null);
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
