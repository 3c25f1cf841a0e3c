using CqoDocs.Core.Word;
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

    private static readonly int TextWidth = WordTables.TextWidth(landscape: true);

    public static void Write(Comparison comparison, string path) => WordTables.Save(path, Body(comparison), landscape: true);

    private static Body Body(Comparison comparison)
    {
        var body = new Body();
        body.Append(WordTables.Paragraph($"首席质量官制度对照表：{comparison.TopicName}", bold: true, size: 32, centred: true));
        if (comparison.Columns.Count == 0)
        {
            body.Append(WordTables.Paragraph("（所选文件均未涉及该主题）"));
        }
        foreach (var chunk in comparison.Columns.Chunk(ColumnsPerTable))
        {
            body.Append(Table(chunk));
            body.Append(WordTables.Paragraph(""));
        }
        if (comparison.Silent.Count > 0)
        {
            body.Append(WordTables.Paragraph("未涉及该主题：" + string.Join("；", comparison.Silent.Select(d => $"{Core.Model.Citation.Of(d)}（{d.Region}）"))));
        }
        return body;
    }

    private static Table Table(ComparisonColumn[] columns)
    {
        var width = TextWidth / columns.Length;
        var table = WordTables.Table(columns.Select(_ => width).ToList());
        table.Append(WordTables.HeaderRow(columns.Select(column =>
        {
            var d = column.Document;
            var lines = new List<Paragraph> { WordTables.Paragraph(column.RegionName, bold: true, centred: true), WordTables.Paragraph($"《{d.Title}》", bold: true, centred: true) };
            if (!string.IsNullOrEmpty(d.DocNumber)) lines.Add(WordTables.Paragraph(d.DocNumber, centred: true));
            return WordTables.Cell(width, lines);
        })));

        var row = new TableRow();
        foreach (var column in columns)
        {
            var paragraphs = new List<Paragraph>();
            foreach (var unit in column.Units)
            {
                paragraphs.Add(WordTables.Paragraph(unit.Label + (unit.Heading is null ? "" : " " + unit.Heading), bold: true));
                paragraphs.AddRange(unit.Text.Split('\n').Select(p => WordTables.Paragraph(p)));
            }
            row.Append(WordTables.Cell(width, paragraphs));
        }
        table.Append(row);
        return table;
    }
}
