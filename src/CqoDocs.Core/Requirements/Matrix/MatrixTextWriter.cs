namespace CqoDocs.Core.Requirements.Matrix;

/// <summary>
/// The matrix for a terminal, one block per row (a wide table of Chinese text does not fit): the documents
/// are numbered once, then each row lists what each says, "≠" marking rows that differ and "*" the cells
/// that depart from the rest.
/// </summary>
public static class MatrixTextWriter
{
    public static void Write(RequirementMatrix matrix, TextWriter output)
    {
        output.WriteLine($"任职要求对照：{matrix.Columns.Count} 件文件，{matrix.DifferingRows} 项有差异（≠ 有差异的项，* 与多数不同的文件）");
        for (var i = 0; i < matrix.Columns.Count; i++)
        {
            output.WriteLine($"  [{i + 1}] {MatrixHeader.OneLine(matrix.Columns[i])}");
        }
        foreach (var row in matrix.Rows)
        {
            output.WriteLine();
            output.WriteLine($"{(row.Differs ? "≠ " : "= ")}{row.Kind.ChineseName()}");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var cell = row.Cells[i];
                var mark = cell.Differs ? "*" : " ";
                if (cell.IsEmpty)
                {
                    output.WriteLine($"  {mark}[{i + 1}] 未规定");
                    continue;
                }
                for (var k = 0; k < cell.Entries.Count; k++)
                {
                    var e = cell.Entries[k];
                    var lead = k == 0 ? $"  {mark}[{i + 1}] " : new string(' ', 4 + (i + 1).ToString().Length + 2);
                    output.WriteLine($"{lead}{e.Text}（{e.Label}）");
                }
            }
        }
    }
}
