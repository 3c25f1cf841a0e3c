using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Extractors;

/// <summary>
/// Years of work: 5年以上质量工作经历, 三年及以上质量管理工作经验, 从事质量管理工作五年以上, 在质量管理岗位工作3年以上, 从事质量管理工作累计不少于五年,
/// 质量管理工作年限不少于3年 (满, 不少于: at least as many years);
/// and experience without a number (具有质量管理工作经历), which asks for some.
/// </summary>
internal sealed partial class ExperienceExtractor : IRequirementExtractor
{
    private const string N = RequirementText.Number;
    private const string FieldText = @"[^，,。；;、：:\n]{0,14}?";
    /// <summary>A field that opens the match starts with a word, never an item number (2.从事…的年限不少于5年).</summary>
    private const string LeadingFieldText = @"(?:(?=\p{IsCJKUnifiedIdeographs})[^，,。；;、：:\n]{1,14}?)?";

    [GeneratedRegex($@"(?<n>{N})\s*(?:个)?(?:周)?年(?<above>{RequirementText.AndAbove})?\s*(?:的)?(?<field>{FieldText})(?:工作)?(?:经历|经验|年限|工龄|从业经历)")]
    private static partial Regex YearsThenWork();

    [GeneratedRegex($@"(?:从事|在(?=[^，,。；;\n]{{0,8}}质量))(?<field>{FieldText})(?:工作|岗位)\s*(?:累计|合计|连续)?\s*(?<least>满|达|达到|已有|已满|不少于|不低于|不得少于|不短于|至少)?\s*(?<n>{N})\s*(?:个)?(?:周)?年(?<above>{RequirementText.AndAbove})?")]
    private static partial Regex WorkThenYears();

    [GeneratedRegex($@"(?<field>{LeadingFieldText})(?:工作)?(?:年限|经历|经验)\s*(?:须|应|需)?\s*(?:累计|合计)?\s*(?:在|(?<least>不少于|不低于|不得少于|不短于|达到|满))\s*(?<n>{N})\s*(?:个)?(?:周)?年(?<above>{RequirementText.AndAbove})?")]
    private static partial Regex WorkAtLeastYears();

    [GeneratedRegex($@"(?<field>{LeadingFieldText})(?:工作)?(?:经历|经验|年限)\s*(?<n>{N})\s*(?:个)?(?:周)?年(?<above>{RequirementText.AndAbove})")]
    private static partial Regex WorkThenYearsAbove();

    [GeneratedRegex($@"(?:具有|具备|有)(?<field>[^，,。；;、：:\n或]{{0,10}}?质量[^，,。；;、：:\n或]{{0,8}}?)(?:工作)?(?:经历|经验)")]
    private static partial Regex WorkWithoutYears();

    public IEnumerable<Requirement> Extract(UnitText unit)
    {
        var taken = new List<(int Start, int End)>();
        var found = new List<Requirement>();
        foreach (var pattern in new[] { YearsThenWork(), WorkThenYears(), WorkAtLeastYears(), WorkThenYearsAbove() })
        {
            foreach (Match m in pattern.Matches(unit.Folded))
            {
                if (Overlaps(taken, m) || RequirementText.ParseNumber(m.Groups["n"].Value) is not { } years || years is 0 or > 40) continue;
                var field = CleanField(m.Groups["field"].Value);
                if (!LooksLikeWork(field)) continue;
                taken.Add((m.Index, m.Index + m.Length));
                var orAbove = m.Groups["above"].Success || m.Groups["least"].Success || m.Value.Contains("不少于") || m.Value.Contains("不低于") || m.Value.Contains("不得少于");
                var value = $"{years}年{(orAbove ? "以上" : "")}{field}工作经历";
                found.Add(RequirementText.Make(unit, RequirementKind.Experience, value, m.Index, m.Index + m.Length,
                    RequirementText.Confidence(unit, 0.95, Topic.Qualifications)) with { Number = years, OrAbove = orAbove });
            }
        }
        foreach (Match m in WorkWithoutYears().Matches(unit.Folded))
        {
            if (Overlaps(taken, m) || m.Groups["field"].Value.Contains('年')) continue;
            taken.Add((m.Index, m.Index + m.Length));
            var field = CleanField(m.Groups["field"].Value);
            found.Add(RequirementText.Make(unit, RequirementKind.Experience, $"有{field}工作经历（年限未写明）", m.Index, m.Index + m.Length,
                RequirementText.Confidence(unit, 0.8, Topic.Qualifications)) with { OrAbove = true });
        }
        return found.OrderBy(r => r.Source.Start);
    }

    private static bool Overlaps(List<(int Start, int End)> taken, Match m) => taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length);

    /// <summary>The field of work without filler: "的质量管理" → 质量管理, "从事质量管理工作的" → 质量管理, "相关" stays.</summary>
    private static string CleanField(string raw)
    {
        var field = Filler().Replace(raw.Trim().Replace("从事", ""), "").TrimEnd('的').Trim();
        return field.EndsWith("工作", StringComparison.Ordinal) ? field[..^2] : field;
    }

    [GeneratedRegex("^(?:其中|具有|具备|要求|有|须|应|的|在)+")]
    private static partial Regex Filler();

    /// <summary>聘期/有效期 also count years; only a field of work (or none) makes it experience.</summary>
    private static bool LooksLikeWork(string field) =>
        !(field.Contains('聘') || field.Contains("任期") || field.Contains("有效") || field.Contains("试行") || field.Contains("期限"));
}
