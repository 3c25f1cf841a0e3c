namespace CqoDocs.Core.Model;

/// <summary>One regional notice in the knowledge base: its metadata and its units in reading order.</summary>
public sealed record Document
{
    /// <summary>Stable key, also the corpus file name without ".md" (e.g. "qingyuan-2016-measures").</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>发文机关.</summary>
    public string? Authority { get; init; }
    /// <summary>发文字号, e.g. 通政办发〔2010〕36号.</summary>
    public string? DocNumber { get; init; }
    /// <summary>成文日期 when stated, else the publication date.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>发布日期.</summary>
    public DateOnly? Published { get; init; }
    /// <summary>施行日期, only when the text states one.</summary>
    public DateOnly? Effective { get; init; }
    public Region Region { get; init; } = Region.None;
    public DocumentKind Kind { get; init; } = DocumentKind.Notice;
    public Script Script { get; init; } = Script.Simplified;
    /// <summary>The file name the document was imported from, for provenance.</summary>
    public string? Source { get; init; }
    /// <summary>The status the corpus file declares (its <c>validity:</c> block); null when it declares none.</summary>
    public DeclaredValidity? Validity { get; init; }
    public IReadOnlyList<Unit> Units { get; init; } = [];

    public Unit? FindUnit(string label) =>
        Units.FirstOrDefault(u => string.Equals(u.Label, label, StringComparison.Ordinal));
}
