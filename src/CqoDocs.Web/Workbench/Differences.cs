using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements;
using CqoDocs.Core.Requirements.Matrix;
using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Web.Workbench;

/// <summary>
/// What the compared documents ask of a CQO (the requirements matrix of `requirements --matrix`), and where
/// in their text the values that differ between them stand, so the side-by-side view can mark them.
/// </summary>
internal sealed class Differences
{
    private readonly Dictionary<(string Id, string Label), List<TextMark>> _marks = [];

    private Differences(RequirementMatrix matrix)
    {
        Matrix = matrix;
        Rows = matrix.Rows.Where(r => r.Cells.Any(c => !c.IsEmpty)).ToList();
        foreach (var row in matrix.Rows.Where(r => r.Differs))
        {
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var column = matrix.Columns[i];
                var departs = Departs(row, row.Cells[i]);
                foreach (var requirement in column.Of(row.Kind))
                {
                    var key = (column.Document.Id, requirement.Source.UnitLabel);
                    if (!_marks.TryGetValue(key, out var list)) _marks[key] = list = [];
                    list.Add(new TextMark(requirement.Source.Start, requirement.Source.End,
                        $"{row.Kind.ChineseName()}：{requirement.Value}（各文件规定不同）", departs));
                }
            }
        }
    }

    public RequirementMatrix Matrix { get; }
    /// <summary>The rows at least one document says something on, in the matrix's order.</summary>
    public IReadOnlyList<MatrixRow> Rows { get; }

    /// <summary>
    /// A value to set apart: it differs from what most of the documents say. With no value most share (two
    /// documents, or all different), none is the odd one out.
    /// </summary>
    public static bool Departs(MatrixRow row, MatrixCell cell) => cell.Differs && row.Cells.Any(c => !c.Differs);

    /// <param name="validity">Each document's status, judged against the whole corpus (a later document may repeal it).</param>
    public static Differences Of(IReadOnlyList<Document> documents, Func<Document, DocumentValidity> validity) =>
        new(MatrixBuilder.Build(documents.Select(d => new DocumentRequirements(d, RequirementExtractor.Extract(d), validity(d))).ToList()));

    /// <summary>The differing values inside one unit of one document.</summary>
    public IReadOnlyList<TextMark> MarksIn(Document document, Unit unit) =>
        _marks.TryGetValue((document.Id, unit.Label), out var list) ? list : [];
}
