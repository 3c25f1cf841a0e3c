using CqoDocs.Core.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Word;

/// <summary>
/// The few Word pieces the comparison, the requirements matrix and the 审查表 are made of: paragraphs in 仿宋, bordered fixed-width tables,
/// shaded cells, an A4 page; saved atomically.
/// </summary>
internal static class WordTables
{
    // A4 in twentieths of a point, 2 cm margins.
    private const int ShortSide = 11906;
    private const int LongSide = 16838;
    private const int Margin = 1134;

    public static int TextWidth(bool landscape) => (landscape ? LongSide : ShortSide) - 2 * Margin;

    public static void Save(string path, Body body, bool landscape)
    {
        body.Append(new SectionProperties(
            new PageSize { Width = (uint)(landscape ? LongSide : ShortSide), Height = (uint)(landscape ? ShortSide : LongSide), Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait },
            new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 567, Footer = 567, Gutter = 0 }));
        AtomicFile.Write(path, stream =>
        {
            // The packaging API wants a readable, seekable stream; the atomic file is write-only.
            using var memory = new MemoryStream();
            using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
            {
                document.PackageProperties.Creator = "cqodocs";
                var main = document.AddMainDocumentPart();
                main.Document = new Document(body);
                main.Document.Save();
            }
            memory.Position = 0;
            memory.CopyTo(stream);
        });
    }

    public static Table Table(IReadOnlyList<int> widths)
    {
        var borders = new TableBorders();
        foreach (BorderType b in new BorderType[] { new TopBorder(), new LeftBorder(), new BottomBorder(), new RightBorder(), new InsideHorizontalBorder(), new InsideVerticalBorder() })
        {
            b.Val = BorderValues.Single;
            b.Size = 4;
            b.Color = "000000";
            borders.Append(b);
        }
        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
            borders,
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        return table;
    }

    public static TableRow HeaderRow(IEnumerable<TableCell> cells)
    {
        var row = new TableRow(new TableRowProperties(new TableHeader()));
        row.Append(cells);
        return row;
    }

    /// <param name="shade">A fill colour (hex) to mark the cell, or null.</param>
    public static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, string? shade = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (shade is not null) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shade });
        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        if (!cell.Elements<Paragraph>().Any()) cell.Append(new Paragraph());
        return cell;
    }

    public static TableCell Cell(int width, string text, bool bold = false, string? shade = null) =>
        Cell(width, text.Split('\n').Select(t => Paragraph(t, bold)), shade);

    /// <param name="size">Half-points: 21 is 五号 (10.5 pt), 32 is 三号 (16 pt), 44 is 二号.</param>
    public static Paragraph Paragraph(string text, bool bold = false, int size = 21, bool centred = false)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { After = "60" });
        if (centred) properties.Append(new Justification { Val = JustificationValues.Center });
        var runProperties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "仿宋" });
        if (bold) runProperties.Append(new Bold());
        runProperties.Append(new FontSize { Val = size.ToString() });
        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
