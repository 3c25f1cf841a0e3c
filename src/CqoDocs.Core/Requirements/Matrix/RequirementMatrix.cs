namespace CqoDocs.Core.Requirements.Matrix;

/// <summary>
/// One row per requirement kind, one column per document: where regions agree and where they differ.
/// </summary>
public sealed record RequirementMatrix(IReadOnlyList<DocumentRequirements> Columns, IReadOnlyList<MatrixRow> Rows)
{
    public int DifferingRows => Rows.Count(r => r.Differs);
}

/// <summary>A row differs when its cells do not all say the same; the cells that depart from what most say are marked.</summary>
public sealed record MatrixRow(RequirementKind Kind, IReadOnlyList<MatrixCell> Cells, bool Differs);

/// <summary>
/// What one document says on one kind: each value with the article it comes from. An empty cell means the
/// document does not say (未规定).
/// </summary>
public sealed record MatrixCell(IReadOnlyList<MatrixEntry> Entries, bool Differs)
{
    public bool IsEmpty => Entries.Count == 0;

    /// <summary>What the cells are compared on: the values, in order, without their places.</summary>
    public string Key => string.Join("；", Entries.Select(e => e.Text));
}

/// <param name="Text">The value as shown: 大学本科以上（或：中级以上职称）, 【小微企业】可由企业负责人兼任…</param>
/// <param name="Label">The article it comes from (第六条), for a short citation in a cell.</param>
/// <param name="Citation">The full citation: 《…》第六条.</param>
public sealed record MatrixEntry(string Text, string Label, string Citation, Requirement Requirement);
