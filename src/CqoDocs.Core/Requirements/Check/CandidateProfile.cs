namespace CqoDocs.Core.Requirements.Check;

/// <summary>
/// What is known of a candidate. Null means "not given" (the check says 无法判断), as opposed to an empty
/// certificate list or a false, which are answers.
/// </summary>
public sealed record CandidateProfile
{
    public string? Name { get; init; }
    public string? Enterprise { get; init; }
    public EducationLevel? Education { get; init; }
    /// <summary>Years of quality work.</summary>
    public double? Years { get; init; }
    /// <summary>Certificates and professional titles as the candidate writes them (中级质量工程师, 高级工程师…).</summary>
    public IReadOnlyList<string>? Certificates { get; init; }
    /// <summary>Whether the candidate has passed the CQO 任职培训.</summary>
    public bool? Trained { get; init; }
    /// <summary>Hours of continuing education a year.</summary>
    public int? HoursPerYear { get; init; }
    public EnterpriseSize? EnterpriseSize { get; init; }
    /// <summary>Declared free of the situations that bar appointment (受过刑事处罚…).</summary>
    public bool? NoBars { get; init; }

    /// <summary>Fields of the profile file the check does not use (年龄, 编号…), as "field" or "第 2 项.field".</summary>
    public IReadOnlyList<string> UnusedFields { get; init; } = [];

    public string Display => Name ?? "候选人";
}
