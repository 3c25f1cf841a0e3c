using CqoDocs.Core.Word;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Requirements.Matrix;

/// <summary>
/// The matrix as a Word table on landscape A4: the requirement in the first column, then one column per
/// document (at most <see cref="ColumnsPerTable"/> to a table, more documents make more tables); differing
/// cells shaded and marked ≠, every value followed by its article.
/// </summary>
public static class MatrixDocxWriter
{
    public const int ColumnsPerTable = 4;
    private const int KindWidth = 1500;
    private const string DifferShade = "FFF2CC";

    public static void Write(RequirementMatrix matrix, string path)
    {
        var body = new Body();
        body.Append(WordTables.Paragraph("首席质量官任职要求对照表", bold: true, size: 32, centred: true));
        body.Append(WordTables.Paragraph($"共 {matrix.Columns.Count} 件文件，{matrix.DifferingRows} 项规定不同；底色标出与多数文件不同的规定，括号内为出处条目。", centred: true));
        var indexes = Enumerable.Range(0, matrix.Columns.Count).ToList();
        foreach (var chunk in indexes.Chunk(ColumnsPerTable))
        {
            var width = (WordTables.TextWidth(landscape: true) - KindWidth) / chunk.Length;
            var table = WordTables.Table([KindWidth, .. chunk.Select(_ => width)]);
            table.Append(WordTables.HeaderRow([WordTables.Cell(KindWidth, "要求", bold: true),
                .. chunk.Select(i => WordTables.Cell(width, string.Join("\n", MatrixHeader.Lines(matrix.Columns[i])), bold: true))]));
            foreach (var row in matrix.Rows)
            {
                var tableRow = new TableRow();
                tableRow.Append(WordTables.Cell(KindWidth, row.Kind.ChineseName() + (row.Differs ? " ≠" : ""), bold: true));
                foreach (var i in chunk)
                {
                    var cell = row.Cells[i];
                    var text = cell.IsEmpty ? "未规定" : string.Join("\n", cell.Entries.Select(e => $"{e.Text}（{e.Label}）"));
                    tableRow.Append(WordTables.Cell(width, (cell.Differs ? "≠ " : "") + text, shade: cell.Differs ? DifferShade : null));
                }
                table.Append(tableRow);
            }
            body.Append(table);
            body.Append(WordTables.Paragraph(""));
        }
        WordTables.Save(path, body, landscape: true);
    }
}
