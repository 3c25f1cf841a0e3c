namespace CqoDocs.Core.Requirements.Matrix;

/// <summary>The matrix as a Markdown table: a row per requirement kind, a column per document, differing cells marked ≠.</summary>
public static class MatrixMarkdownWriter
{
    public static void Write(RequirementMatrix matrix, TextWriter output)
    {
        output.WriteLine("| 要求 | " + string.Join(" | ", matrix.Columns.Select(c => string.Join("<br>", MatrixHeader.Lines(c).Select(Escape)))) + " |");
        output.WriteLine("| --- |" + string.Concat(matrix.Columns.Select(_ => " --- |")));
        foreach (var row in matrix.Rows)
        {
            var name = row.Differs ? $"**{row.Kind.ChineseName()}** ≠" : row.Kind.ChineseName();
            output.WriteLine($"| {name} | " + string.Join(" | ", row.Cells.Select(Cell)) + " |");
        }
        output.WriteLine();
        output.WriteLine("≠：各文件规定不同；标 ≠ 的单元格与多数文件不同。括号内为出处条目。");
    }

    private static string Cell(MatrixCell cell)
    {
        var text = cell.IsEmpty ? "未规定" : string.Join("<br>", cell.Entries.Select(e => $"{Escape(e.Text)}（{Escape(e.Label)}）"));
        return cell.Differs ? $"≠ {text}" : text;
    }

    private static string Escape(string s) => s.Replace("|", "\\|").Replace("\n", " ");
}
