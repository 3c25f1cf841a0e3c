namespace CqoDocs.Core.Requirements;

/// <summary>
/// One rule read from an article, never without the text it was read from.
/// </summary>
/// <param name="Value">The value as a reader compares it: 大学本科以上, 5年以上质量工作经历, 中级以上职称, 2年…</param>
/// <param name="Confidence">0–1: how sure the extractor is that this is the rule (lower outside the article's usual topic or on a loose pattern).</param>
public sealed record Requirement(RequirementKind Kind, string Value, SourceSpan Source, double Confidence)
{
    /// <summary>The enterprise sizes the rule is limited to (大中型 / 小微), <see cref="EnterpriseSize.Any"/> when it is not.</summary>
    public EnterpriseSize Scope { get; init; }
    /// <summary>Years (experience, term), hours (training, continuing education a year) or days (registration), when stated.</summary>
    public int? Number { get; init; }
    /// <summary>For education: the level asked for.</summary>
    public EducationLevel? Level { get; init; }
    /// <summary>以上: the value is a minimum (a higher degree or rank also qualifies).</summary>
    public bool OrAbove { get; init; }
    /// <summary>For certificates: 1 初级, 2 中级, 3 副高/高级, 4 正高; null when the text names no rank.</summary>
    public int? Rank { get; init; }
    /// <summary>For certificates: only one in quality (质量工程师, 质量专业技术人员职业资格) will do.</summary>
    public bool QualityOnly { get; init; }
    /// <summary>For registration: to whom (所在地质监部门); for appointment: who appoints.</summary>
    public string? Party { get; init; }
    /// <summary>For registration: whether the days are 工作日.</summary>
    public bool WorkingDays { get; init; }
    /// <summary>
    /// Alternatives: requirements of one group with different options are either-or (本科以上学历和5年经历，或者中级职称
    /// gives options 0 and 1 of one group); different groups must all be met. Null outside qualification clauses.
    /// </summary>
    public int? Group { get; init; }
    public int Option { get; init; }
}
