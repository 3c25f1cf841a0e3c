namespace CqoDocs.Core.Requirements.Check;

/// <summary>
/// Checks a candidate against a document's qualifications. Requirements of one group are alternatives (any
/// option whose requirements all hold will do); groups must all hold. Rules limited to other enterprise
/// sizes are left out; when the profile does not give the size, they cannot be told. A document that sets
/// no qualification a profile can answer cannot be told either. Continuing education and the bars to
/// appointment are duties and declarations beyond a profile's education, years, certificates and
/// training: when the profile does not answer them they are listed to verify and do not sway the verdict.
/// </summary>
public static class EligibilityChecker
{
    public static CheckResult Check(CandidateProfile candidate, DocumentRequirements rules)
    {
        var clauses = new List<ClauseCheck>();
        var groupVerdicts = new List<Verdict>();
        var missing = new List<string>();
        var toVerify = new List<ClauseCheck>();
        var qualifications = new List<Requirement>();
        foreach (var r in rules.Requirements.Where(r => r.Kind.IsQualification()))
        {
            if (Unanswered(r, candidate) && RequirementJudge.Applies(r, candidate) != false)
            {
                var (verdict, reason) = RequirementJudge.Judge(r, candidate);
                toVerify.Add(new ClauseCheck(r, verdict, reason, rules.Cite(r), null));
            }
            else qualifications.Add(r);
        }
        var units = 0;
        foreach (var group in qualifications.GroupBy(r => r.Group ?? -(++units)))
        {
            var optionVerdicts = new List<(Verdict Verdict, List<ClauseCheck> Checks)>();
            var alternatives = group.Select(r => r.Option).Distinct().Count() > 1;
            foreach (var option in group.GroupBy(r => r.Option))
            {
                var checks = new List<ClauseCheck>();
                foreach (var r in option)
                {
                    var (verdict, reason) = RequirementJudge.Applies(r, candidate) switch
                    {
                        false => ((Verdict?)null, ""),
                        null => (Verdict.CannotTell, $"规定只适用于{r.Scope.Label()}，未提供企业规模"),
                        true => RequirementJudge.Judge(r, candidate),
                    };
                    if (verdict is { } v) checks.Add(new ClauseCheck(r, v, reason, rules.Cite(r), alternatives ? option.Key + 1 : null));
                }
                if (checks.Count > 0) optionVerdicts.Add((Verdicts.All(checks.Select(c => c.Verdict)), checks));
            }
            if (optionVerdicts.Count == 0) continue;
            clauses.AddRange(optionVerdicts.SelectMany(o => o.Checks));
            var groupVerdict = Verdicts.Any(optionVerdicts.Select(o => o.Verdict));
            groupVerdicts.Add(groupVerdict);
            if (groupVerdict == Verdict.Met) continue;
            // What is missing: each option's gaps, any one option's being enough.
            var gaps = optionVerdicts.Select(o => string.Join("、", o.Checks.Where(c => c.Verdict != Verdict.Met)
                .Select(c => (c.Verdict == Verdict.NotMet ? "缺" : "待核实") + $"{c.Requirement.Value}（{c.Reason}；{c.Requirement.Source.UnitLabel}）")));
            missing.Add(optionVerdicts.Count > 1 ? "以下满足其一即可：" + string.Join("；或", gaps) : gaps.Single());
        }
        var overall = groupVerdicts.Count == 0 ? Verdict.CannotTell : Verdicts.All(groupVerdicts);
        if (groupVerdicts.Count == 0) missing.Add("该文件未规定可核对的任职条件");
        return new CheckResult(candidate, rules, overall, clauses, missing.Distinct().ToList())
        {
            ToVerify = toVerify,
            EnterpriseDuties = rules.Requirements.Where(r => r.Kind is RequirementKind.Term or RequirementKind.Appointer or RequirementKind.Registration
                && RequirementJudge.Applies(r, candidate) != false).ToList(),
        };
    }

    private static bool Unanswered(Requirement r, CandidateProfile candidate) =>
        r.Kind == RequirementKind.ContinuingEducation && candidate.HoursPerYear is null
        || r.Kind == RequirementKind.ConductBar && candidate.NoBars is null;
}
