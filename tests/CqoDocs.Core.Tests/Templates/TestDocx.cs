using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Tests.Templates;

/// <summary>
/// Builds small .docx files from readable lines and reads documents back as lines, so that a test reads
/// as "this template and this data give this text".
/// <para>
/// A line is a body paragraph; "| a | b |" is a table row (consecutive rows make one table);
/// "页眉: …" and "页脚: …" go to the header and footer. Inside a line, [r] cuts the run there, [proof]
/// puts a spelling mark between runs and [bm] a bookmark, the way Word leaves them in a tag a user typed.
/// </para>
/// </summary>
internal static class TestDocx
{
    private static readonly Regex Cut = new(@"\[(r|proof|bm)\]");

    public static byte[] Build(IEnumerable<string> lines)
    {
        var body = new List<string>();
        var header = new List<string>();
        var footer = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("页眉:", StringComparison.Ordinal)) header.Add(line[3..].TrimStart());
            else if (line.StartsWith("页脚:", StringComparison.Ordinal)) footer.Add(line[3..].TrimStart());
            else body.Add(line);
        }

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var section = new SectionProperties();
            if (header.Count > 0)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(Blocks(header));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }
            if (footer.Count > 0)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(Blocks(footer));
                section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }
            main.Document = new Document(new Body(Blocks(body).Append(section)));
        }
        return stream.ToArray();
    }

    public static byte[] Build(string lines) => Build(lines.ReplaceLineEndings("\n").Split('\n'));

    private static IEnumerable<OpenXmlElement> Blocks(IEnumerable<string> lines)
    {
        Table? table = null;
        foreach (var line in lines)
        {
            if (line.StartsWith('|'))
            {
                if (table is null)
                {
                    table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single })));
                    yield return table;
                }
                var cells = line.Trim().Trim('|').Split('|');
                var row = new TableRow();
                if (table.Elements<TableGrid>().FirstOrDefault() is null)
                {
                    table.Append(new TableGrid(cells.Select(_ => new GridColumn { Width = "2000" })));
                }
                foreach (var cell in cells) row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Width = "2000", Type = TableWidthUnitValues.Dxa }), Paragraph(cell.Trim())));
                table.Append(row);
                continue;
            }
            if (table is not null)
            {
                table = null;
                if (line.Length == 0) continue;
            }
            yield return Paragraph(line);
        }
        if (table is not null) yield return new Paragraph();
    }

    /// <summary>A paragraph whose runs are cut at [r] / [proof] / [bm], each run with its own rsid as an editor leaves them.</summary>
    public static Paragraph Paragraph(string text)
    {
        var paragraph = new Paragraph();
        var pieces = Cut.Split(text);
        var rsid = 0x00A10000;
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i % 2 == 1)
            {
                switch (pieces[i])
                {
                    case "proof":
                        paragraph.Append(new ProofError { Type = ProofingErrorValues.SpellStart });
                        break;
                    case "bm":
                        var id = (paragraph.Elements<BookmarkStart>().Count() + 1).ToString();
                        paragraph.Append(new BookmarkStart { Id = id, Name = "_GoBack" + id }, new BookmarkEnd { Id = id });
                        break;
                }
                continue;
            }
            if (pieces[i].Length == 0) continue;
            paragraph.Append(new Run(new Text(pieces[i]) { Space = SpaceProcessingModeValues.Preserve })
            {
                RsidRunAddition = (rsid++).ToString("X8"),
            });
            if (i > 1 && pieces[i - 1] == "proof") paragraph.Append(new ProofError { Type = ProofingErrorValues.SpellEnd });
        }
        return paragraph;
    }

    /// <summary>The document's text as lines: body paragraphs, "| a | b |" for table rows, "页眉: …" and "页脚: …".</summary>
    public static IReadOnlyList<string> Lines(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        var lines = new List<string>();
        foreach (var header in main.HeaderParts) lines.AddRange(BlockLines(header.Header!).Select(l => "页眉: " + l));
        lines.AddRange(BlockLines(main.Document.Body!));
        foreach (var footer in main.FooterParts) lines.AddRange(BlockLines(footer.Footer!).Select(l => "页脚: " + l));
        return lines;
    }

    private static IEnumerable<string> BlockLines(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    if (!(container is Body && element == container.Elements<Paragraph>().LastOrDefault() && ParagraphText(p).Length == 0 && p.PreviousSibling() is Table))
                    {
                        yield return ParagraphText(p);
                    }
                    break;
                case Table t:
                    foreach (var row in t.Elements<TableRow>())
                    {
                        yield return "| " + string.Join(" | ", row.Elements<TableCell>().Select(c => string.Join("/", c.Elements<Paragraph>().Select(ParagraphText)))) + " |";
                    }
                    break;
            }
        }
    }

    public static string ParagraphText(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var e in p.Descendants())
        {
            if (e is Text t) sb.Append(t.Text);
            else if (e is Break) sb.Append('⏎');
            else if (e is TabChar) sb.Append('\t');
        }
        return sb.ToString();
    }

    /// <summary>All text of every part, for "does this value appear anywhere" checks.</summary>
    public static string AllText(byte[] docx) => string.Join("\n", Lines(docx));
}
