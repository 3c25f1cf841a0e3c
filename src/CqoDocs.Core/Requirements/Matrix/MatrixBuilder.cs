namespace CqoDocs.Core.Requirements.Matrix;

/// <summary>
/// Builds the matrix from extracted requirements. A cell lists each distinct value once (the most confident
/// find of it), with its enterprise-size scope and its alternatives; differing cells are those whose values
/// are not what most documents say (all of them when no two agree).
/// </summary>
public static class MatrixBuilder
{
    public static RequirementMatrix Build(IReadOnlyList<DocumentRequirements> columns, IReadOnlyCollection<RequirementKind>? kinds = null)
    {
        var rows = new List<MatrixRow>();
        foreach (var kind in kinds is { Count: > 0 } ? RequirementKinds.All.Where(kinds.Contains) : RequirementKinds.All)
        {
            var cells = columns.Select(c => Cell(c, kind)).ToList();
            var keys = cells.Select(c => c.Key).ToList();
            var differs = keys.Distinct().Count() > 1;
            if (differs)
            {
                var counts = keys.GroupBy(k => k).Select(g => (g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
                var common = counts[0].Count > 1 && (counts.Count == 1 || counts[1].Count < counts[0].Count) ? counts[0].Key : null;
                cells = cells.Select(c => c with { Differs = c.Key != common }).ToList();
            }
            rows.Add(new MatrixRow(kind, cells, differs));
        }
        return new RequirementMatrix(columns, rows);
    }

    private static MatrixCell Cell(DocumentRequirements column, RequirementKind kind)
    {
        var entries = column.Of(kind)
            .GroupBy(r => (r.Value, r.Scope))
            .Select(g => g.OrderByDescending(r => r.Confidence).First())
            .OrderBy(r => column.Document.Units.ToList().FindIndex(u => u.Label == r.Source.UnitLabel)).ThenBy(r => r.Source.Start)
            .Select(r => new MatrixEntry(Text(column, r), r.Source.UnitLabel, column.Cite(r), r))
            .ToList();
        return new MatrixCell(entries, Differs: false);
    }

    private static string Text(DocumentRequirements column, Requirement r)
    {
        var scope = r.Scope == EnterpriseSize.Any || r.Kind == RequirementKind.Establishment ? "" : $"【{r.Scope.Label()}】";
        var alternatives = r.Group is { } g
            ? column.Requirements.Where(o => o.Group == g && o.Option != r.Option && o.Source.UnitLabel == r.Source.UnitLabel)
                .GroupBy(o => o.Option).Select(o => string.Join("和", o.Select(x => x.Value))).ToList()
            : [];
        return scope + r.Value + (alternatives.Count > 0 ? $"（或：{string.Join("；或：", alternatives)}）" : "");
    }
}
