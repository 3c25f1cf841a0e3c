namespace CqoDocs.Core.Requirements.Check;

/// <summary>check --json: per candidate and document, the verdict, every clause with its citation and source text, and what is missing.</summary>
public sealed record CheckReport(string Generator, string AsOf, IReadOnlyList<CandidateReport> Candidates)
{
    public static CheckReport From(IReadOnlyList<CheckResult> results, DateOnly asOf) => new(
        "cqodocs check", RequirementsReport.Date(asOf)!,
        results.GroupBy(r => r.Candidate).Select(g => new CandidateReport(g.Key.Display, g.Key.Enterprise, g.Key.EnterpriseSize?.Label(),
            g.Select(r => new CheckDocumentReport(
                r.Rules.Document.Id, r.Rules.Document.Title, r.Rules.Document.Region.ToString(),
                Validity.DocumentStatuses.Key(r.Rules.Validity.Status),
                r.Verdict.Key(), r.Verdict.ChineseName(),
                r.Clauses.Select(c => new ClauseReport(c.Requirement.Kind.Key(), c.Requirement.Value, c.Verdict.Key(), c.Reason, c.Citation, c.Alternative, SpanReport.From(c.Requirement.Source))).ToList(),
                r.Missing,
                r.ToVerify.Select(c => new ClauseReport(c.Requirement.Kind.Key(), c.Requirement.Value, c.Verdict.Key(), c.Reason, c.Citation, null, SpanReport.From(c.Requirement.Source))).ToList())).ToList())).ToList());
}

public sealed record CandidateReport(string Name, string? Enterprise, string? EnterpriseSize, IReadOnlyList<CheckDocumentReport> Documents);

public sealed record CheckDocumentReport(string Id, string Title, string Region, string Status, string Verdict, string VerdictName, IReadOnlyList<ClauseReport> Clauses, IReadOnlyList<string> Missing, IReadOnlyList<ClauseReport> ToVerify);

public sealed record ClauseReport(string Kind, string Requirement, string Verdict, string Reason, string Citation, int? Alternative, SpanReport Source);
