using System.Globalization;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Matrix;
using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Core.Requirements;

/// <summary>
/// The requirements as a reviewable data file (requirements --format json / --out reqs.json): per document,
/// its status and every value with the exact text it was read from. <see cref="Generator"/> marks the file
/// as the tool's own, so a later run may replace it.
/// </summary>
public sealed record RequirementsReport(string Generator, string AsOf, IReadOnlyList<DocumentReport> Documents)
{
    public const string GeneratorName = "cqodocs requirements";

    public static RequirementsReport From(IReadOnlyList<DocumentRequirements> documents, DateOnly asOf) =>
        new(GeneratorName, Date(asOf)!, documents.Select(DocumentReport.From).ToList());

    internal static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed record DocumentReport(string Id, string Title, string Region, string? DocNumber, ValidityReport Validity, IReadOnlyList<RequirementReport> Requirements)
{
    public static DocumentReport From(DocumentRequirements d) => new(
        d.Document.Id, d.Document.Title, d.Document.Region.ToString(), d.Document.DocNumber,
        ValidityReport.From(d.Validity),
        d.Requirements.Select(r => RequirementReport.From(d, r)).ToList());
}

public sealed record SpanReport(string Unit, int Start, int End, string Text)
{
    public static SpanReport From(SourceSpan s) => new(s.UnitLabel, s.Start, s.End, s.Text);
}

public sealed record RequirementReport(
    string Kind, string KindName, string Value, string Citation, SpanReport Source, double Confidence,
    string? Scope, int? Number, string? Level, bool OrAbove, int? Rank, bool QualityOnly, string? Party, bool WorkingDays, int? Group, int Option)
{
    public static RequirementReport From(DocumentRequirements d, Requirement r) => new(
        r.Kind.Key(), r.Kind.ChineseName(), r.Value, d.Cite(r), SpanReport.From(r.Source), r.Confidence,
        r.Scope == EnterpriseSize.Any ? null : r.Scope.Label(), r.Number, r.Level?.ChineseName(), r.OrAbove, r.Rank, r.QualityOnly,
        r.Party, r.WorkingDays, r.Group, r.Option);
}

public sealed record ReferenceReport(string Title, string? DocNumber, string? Id, SpanReport Source)
{
    public static ReferenceReport From(DocumentReference r) => new(r.Title, r.DocNumber, r.Id, SpanReport.From(r.Source));
}

public sealed record ValidityReport(
    string Status, string StatusName, string Reason, string? InForceFrom, string? Until, bool Trial, SpanReport? Source,
    IReadOnlyList<string> ReplacedBy, IReadOnlyList<ReferenceReport> Repeals, IReadOnlyList<ReferenceReport> Implements)
{
    public static ValidityReport From(DocumentValidity v) => new(
        v.Status.Key(), v.Status.ChineseName(), v.Reason, RequirementsReport.Date(v.From), RequirementsReport.Date(v.Until), v.Trial,
        v.Source is null ? null : SpanReport.From(v.Source), v.ReplacedBy,
        v.Repeals.Select(ReferenceReport.From).ToList(), v.Implements.Select(ReferenceReport.From).ToList());
}

/// <summary>The matrix as data: documents, then rows of cells, each value with its citation and source text.</summary>
public sealed record MatrixReport(string Generator, string AsOf, IReadOnlyList<MatrixColumnReport> Documents, IReadOnlyList<MatrixRowReport> Rows)
{
    public static MatrixReport From(RequirementMatrix m, DateOnly asOf) => new(
        RequirementsReport.GeneratorName, RequirementsReport.Date(asOf)!,
        m.Columns.Select(c => new MatrixColumnReport(c.Document.Id, c.Document.Title, c.Document.Region.ToString(), c.Document.DocNumber,
            c.Validity.Status.Key(), c.Validity.Status.ChineseName())).ToList(),
        m.Rows.Select(r => new MatrixRowReport(r.Kind.Key(), r.Kind.ChineseName(), r.Differs,
            r.Cells.Select((cell, i) => new MatrixCellReport(m.Columns[i].Document.Id, cell.Differs,
                cell.Entries.Select(e => new MatrixValueReport(e.Text, e.Citation, SpanReport.From(e.Requirement.Source))).ToList())).ToList())).ToList());
}

public sealed record MatrixColumnReport(string Id, string Title, string Region, string? DocNumber, string Status, string StatusName);

public sealed record MatrixRowReport(string Kind, string KindName, bool Differs, IReadOnlyList<MatrixCellReport> Cells);

public sealed record MatrixCellReport(string Document, bool Differs, IReadOnlyList<MatrixValueReport> Values);

public sealed record MatrixValueReport(string Text, string Citation, SpanReport Source);
