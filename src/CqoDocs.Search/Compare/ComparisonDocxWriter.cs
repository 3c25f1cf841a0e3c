using CqoDocs.Core.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Search.Compare;

/// <summary>
/// The comparison as a Word table on landscape A4: a header row per table (region, title, number; repeated
/// on every page), one column per document, each document's units below. More documents than fit side by
/// side are laid out in several tables of <see cref="ColumnsPerTable"/> columns. Written atomically.
/// </summary>
public static class ComparisonDocxWriter
{
    public const int ColumnsPerTable = 4;

    // A4 landscape in twentieths of a point, 2 cm margins.
    private const int PageWidth = 16838;
    private const int PageHeight = 11906;
    private const int Margin = 1134;
    private const int TextWidth = PageWidth - 2 * Margin;

    public static void Write(Comparison comparison, string path) =>
        AtomicFile.Write(path, stream =>
        {
            // The packaging API wants a readable, seekable stream; the atomic file is write-only.
            using var memory = new MemoryStream();
            using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
            {
                var main = document.AddMainDocumentPart();
                main.Document = new Document(Body(comparison));
                main.Document.Save();
            }
            memory.Position = 0;
            memory.CopyTo(stream);
        });

    private static Body Body(Comparison comparison)
    {
        var body = new Body();
        body.Append(Paragraph($"首席质量官制度对照表：{comparison.TopicName}", bold: true, size: 32, centred: true));
        if (comparison.Columns.Count == 0)
        {
            body.Append(Paragraph("（所选文件均未涉及该主题）"));
        }
        foreach (var chunk in comparison.Columns.Chunk(ColumnsPerTable))
        {
            body.Append(Table(chunk));
            body.Append(Paragraph(""));
        }
        if (comparison.Silent.Count > 0)
        {
            body.Append(Paragraph("未涉及该主题：" + string.Join("；", comparison.Silent.Select(d => $"{Core.Model.Citation.Of(d)}（{d.Region}）"))));
        }
        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 567, Footer = 567, Gutter = 0 }));
        return body;
    }

    private static Table Table(ComparisonColumn[] columns)
    {
        var width = TextWidth / columns.Length;
        var border = () => new BorderType[]
        {
            new TopBorder(), new LeftBorder(), new BottomBorder(), new RightBorder(), new InsideHorizontalBorder(), new InsideVerticalBorder(),
        };
        var borders = new TableBorders();
        foreach (var b in border())
        {
            b.Val = BorderValues.Single;
            b.Size = 4;
            b.Color = "000000";
            borders.Append(b);
        }
        var table = new Table(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
            borders,
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(columns.Select(_ => new GridColumn { Width = width.ToString() })));

        var header = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (var column in columns)
        {
            var d = column.Document;
            var lines = new List<Paragraph> { Paragraph(column.RegionName, bold: true, centred: true), Paragraph($"《{d.Title}》", bold: true, centred: true) };
            if (!string.IsNullOrEmpty(d.DocNumber)) lines.Add(Paragraph(d.DocNumber, centred: true));
            header.Append(Cell(width, lines));
        }
        table.Append(header);

        var row = new TableRow();
        foreach (var column in columns)
        {
            var paragraphs = new List<Paragraph>();
            foreach (var unit in column.Units)
            {
                paragraphs.Add(Paragraph(unit.Label + (unit.Heading is null ? "" : " " + unit.Heading), bold: true));
                paragraphs.AddRange(unit.Text.Split('\n').Select(p => Paragraph(p)));
            }
            row.Append(Cell(width, paragraphs));
        }
        table.Append(row);
        return table;
    }

    private static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs);
        if (!cell.Elements<Paragraph>().Any()) cell.Append(new Paragraph());
        return cell;
    }

    /// <param name="size">Half-points: 21 is 五号 (10.5 pt), 32 is 三号 (16 pt).</param>
    private static Paragraph Paragraph(string text, bool bold = false, int size = 21, bool centred = false)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { After = "60" });
        if (centred) properties.Append(new Justification { Val = JustificationValues.Center });
        var runProperties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "仿宋" });
        if (bold) runProperties.Append(new Bold());
        runProperties.Append(new FontSize { Val = size.ToString() });
        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
