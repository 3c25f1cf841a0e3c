namespace CqoDocs.Core.Requirements;

/// <summary>What a requirement is about; one row of the requirements matrix each, in this order.</summary>
public enum RequirementKind
{
    Education,
    Experience,
    Certificate,
    Training,
    ContinuingEducation,
    ConductBar,
    Term,
    Appointer,
    Registration,
    Establishment,
}

public static class RequirementKinds
{
    public static readonly IReadOnlyList<RequirementKind> All = Enum.GetValues<RequirementKind>();

    /// <summary>The key used in JSON and on the command line: education, experience, continuing-education…</summary>
    public static string Key(this RequirementKind kind) => kind switch
    {
        RequirementKind.ContinuingEducation => "continuing-education",
        RequirementKind.ConductBar => "conduct-bar",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string ChineseName(this RequirementKind kind) => kind switch
    {
        RequirementKind.Education => "学历",
        RequirementKind.Experience => "质量工作年限",
        RequirementKind.Certificate => "证书与职称",
        RequirementKind.Training => "任职培训",
        RequirementKind.ContinuingEducation => "继续教育",
        RequirementKind.ConductBar => "不得担任的情形",
        RequirementKind.Term => "聘期",
        RequirementKind.Appointer => "任命者",
        RequirementKind.Registration => "备案",
        RequirementKind.Establishment => "按企业规模设岗",
        _ => kind.ToString(),
    };

    /// <summary>A kind a user names by key (education) or Chinese name (学历, 聘期); null when it is neither.</summary>
    public static RequirementKind? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var n = name.Trim();
        foreach (var kind in All)
        {
            if (string.Equals(kind.Key(), n, StringComparison.OrdinalIgnoreCase) || kind.ChineseName() == n) return kind;
        }
        var partial = All.Where(k => k.ChineseName().Contains(n, StringComparison.Ordinal)).ToList();
        return partial.Count == 1 ? partial[0] : null;
    }

    /// <summary>Whether the requirement is something a candidate must have (and <c>check</c> can test), rather than the enterprise's duty.</summary>
    public static bool IsQualification(this RequirementKind kind) =>
        kind is RequirementKind.Education or RequirementKind.Experience or RequirementKind.Certificate
            or RequirementKind.Training or RequirementKind.ContinuingEducation or RequirementKind.ConductBar;
}
