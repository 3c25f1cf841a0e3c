using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Validity;

/// <summary>
/// What one document says of its own validity, read from its text and its front matter alone: when it takes
/// effect, a stated period, the documents it repeals or rests on, and a declared status. Depending on nothing
/// else, the facts can be kept with the document (the index stores them) and the corpus-wide status, such as
/// being replaced by a later document, worked out from everyone's facts by <see cref="ValidityResolver"/>.
/// </summary>
public sealed record ValidityFacts
{
    /// <summary>施行日期 as stated, else the date of the document (assumed to take effect when issued).</summary>
    public DateOnly? From { get; init; }
    /// <summary>Whether the text states a 施行日期 (rather than the date of issue standing in for it).</summary>
    public bool EffectiveStated { get; init; }
    /// <summary>The last day in force: declared, or from a stated period.</summary>
    public DateOnly? Until { get; init; }
    public bool Trial { get; init; }
    /// <summary>The clause stating the period (有效期2年, 试行期三年).</summary>
    public SourceSpan? PeriodSource { get; init; }
    /// <summary>A news report, not a rule.</summary>
    public bool NotARule { get; init; }
    /// <summary>A document whose only purpose is repealing others (关于废止…的决定): what it repeals is 已废止, not 已被替代.</summary>
    public bool RepealsOnly { get; init; }
    public IReadOnlyList<NamedDocument> Repeals { get; init; } = [];
    public IReadOnlyList<NamedDocument> Basis { get; init; } = [];
    public DeclaredValidity? Declared { get; init; }

    public static ValidityFacts Of(Document document)
    {
        var from = document.Effective ?? document.Date ?? document.Published;
        var period = ValidityPeriodReader.Find(document);
        var title = ValidityResolver.Folded(document.Title);
        DateOnly? until = period switch
        {
            { Until: { } date } => date,
            { Months: { } months } when from is { } start => start.AddMonths(months).AddDays(-1),
            _ => null,
        };
        return new ValidityFacts
        {
            From = from,
            EffectiveStated = document.Effective is not null,
            Until = document.Validity?.Until ?? until,
            Trial = period?.Trial == true || title.Contains("试行") || title.Contains("暂行"),
            PeriodSource = document.Validity?.Until is null ? period?.Source : null,
            NotARule = document.Kind == DocumentKind.News,
            RepealsOnly = title.Contains("废止"),
            Repeals = ReferenceReader.Repealed(document).Select(r => new NamedDocument(r.Title, r.Number, r.Source)).ToList(),
            Basis = ReferenceReader.Basis(document).Select(r => new NamedDocument(r.Title, r.Number, r.Source)).DistinctBy(r => r.Title).ToList(),
            Declared = document.Validity,
        };
    }
}

/// <summary>A document a text names (《…》（文号）), as written, with the clause naming it.</summary>
public sealed record NamedDocument(string Title, string? DocNumber, SourceSpan Source);
