namespace CqoDocs.Core.Requirements.Check;

/// <summary>A candidate against one document's rules: the verdict, each clause with its verdict, and what is missing.</summary>
public sealed record CheckResult(CandidateProfile Candidate, DocumentRequirements Rules, Verdict Verdict, IReadOnlyList<ClauseCheck> Clauses, IReadOnlyList<string> Missing)
{
    /// <summary>What the enterprise must do once it appoints (聘期, 任命者, 备案): not checked, listed for the record.</summary>
    public IReadOnlyList<Requirement> EnterpriseDuties { get; init; } = [];
    /// <summary>Clauses the profile does not answer that do not sway the verdict (继续教育, 不得担任的情形): to verify by hand.</summary>
    public IReadOnlyList<ClauseCheck> ToVerify { get; init; } = [];
}

/// <param name="Alternative">"或" alternatives this clause belongs to: 1-based option number, null when it stands alone.</param>
public sealed record ClauseCheck(Requirement Requirement, Verdict Verdict, string Reason, string Citation, int? Alternative);
