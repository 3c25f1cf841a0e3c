namespace CqoDocs.Core.Requirements.Validity;

/// <summary>
/// Why a document is or is not in force, from its own dates and clauses and from the other documents of
/// the corpus. <see cref="Source"/> is the clause the status rests on when there is one (有效期2年, 原…同时废止).
/// </summary>
public sealed record DocumentValidity(DocumentStatus Status, string Reason)
{
    /// <summary>施行日期 as stated, else the date of the document (assumed to take effect when issued).</summary>
    public DateOnly? From { get; init; }
    /// <summary>The last day in force when a period is stated (有效期2年, 试行期三年, 有效期至2020年12月31日).</summary>
    public DateOnly? Until { get; init; }
    public bool Trial { get; init; }
    public SourceSpan? Source { get; init; }
    /// <summary>The ids of corpus documents that repeal this one.</summary>
    public IReadOnlyList<string> ReplacedBy { get; init; } = [];
    /// <summary>What this document repeals, as it names them (《…》（文号）), with the corpus id when the corpus holds it.</summary>
    public IReadOnlyList<DocumentReference> Repeals { get; init; } = [];
    /// <summary>The documents it says it implements or is based on (根据《…》).</summary>
    public IReadOnlyList<DocumentReference> Implements { get; init; } = [];

    public bool InForce => Status == DocumentStatus.InForce;
}

/// <summary>A document named in the text: its title and number as written, and its corpus id when the corpus holds it.</summary>
public sealed record DocumentReference(string Title, string? DocNumber, string? Id, SourceSpan Source);
