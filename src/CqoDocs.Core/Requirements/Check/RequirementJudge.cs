namespace CqoDocs.Core.Requirements.Check;

/// <summary>One requirement against one profile: met, not met, or cannot tell (the profile does not say), and why.</summary>
internal static class RequirementJudge
{
    public static (Verdict Verdict, string Reason) Judge(Requirement r, CandidateProfile p) => r.Kind switch
    {
        RequirementKind.Education => p.Education is not { } level ? (Verdict.CannotTell, "未提供学历")
            : level >= r.Level ? (Verdict.Met, $"学历{level.ChineseName()}")
            : (Verdict.NotMet, $"学历{level.ChineseName()}，要求{r.Value}"),
        RequirementKind.Experience => p.Years is not { } years ? (Verdict.CannotTell, "未提供质量工作年限")
            : years >= (r.Number ?? 0.01) ? (Verdict.Met, $"质量工作 {years:0.#} 年")
            : (Verdict.NotMet, $"质量工作 {years:0.#} 年，要求{r.Value}"),
        RequirementKind.Certificate => p.Certificates is not { } certificates ? (Verdict.CannotTell, "未提供证书与职称")
            : CertificateMatcher.FindMatch(r, certificates) is { } match ? (Verdict.Met, $"持有{match}")
            : (Verdict.NotMet, certificates.Count == 0 ? $"未持有证书或职称，要求{r.Value}" : $"所持{string.Join("、", certificates)}不满足{r.Value}"),
        RequirementKind.Training => p.Trained switch
        {
            null => (Verdict.CannotTell, "未说明是否参加任职培训"),
            true => (Verdict.Met, "已参加任职培训"),
            false => (Verdict.NotMet, $"未参加任职培训，要求{r.Value}"),
        },
        RequirementKind.ContinuingEducation => p.HoursPerYear is not { } hours ? (Verdict.CannotTell, "未提供每年继续教育学时")
            : hours >= (r.Number ?? 1) ? (Verdict.Met, $"每年继续教育 {hours} 学时")
            : (Verdict.NotMet, $"每年继续教育 {hours} 学时，要求{r.Value}"),
        RequirementKind.ConductBar => p.NoBars switch
        {
            null => (Verdict.CannotTell, "需核实：未声明无不得担任情形"),
            true => (Verdict.Met, "已声明无此情形"),
            false => (Verdict.NotMet, "声明有不得担任的情形"),
        },
        _ => (Verdict.CannotTell, "不是对个人的要求"),
    };

    /// <summary>Whether a rule limited to some enterprise sizes concerns this candidate; null when the profile does not say the size.</summary>
    public static bool? Applies(Requirement r, CandidateProfile p) =>
        r.Scope == EnterpriseSize.Any ? true : p.EnterpriseSize is { } size ? r.Scope.Covers(size) : null;
}
