using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Extractors;

/// <summary>
/// 学历: 大学本科以上学历, 全日制本科及以上学历, 学士学位, 大专及以上文化程度, 研究生学历, 学历在大专以上, 学历可放宽至高中,
/// 具有中专（含）以上学历 → the level and whether it is a minimum.
/// </summary>
internal sealed partial class EducationExtractor : IRequirementExtractor
{
    private const string Levels = "(?:全日制)?(?:博士研究生|博士|硕士研究生|硕士|研究生|大学本科|本科|学士|大学专科|大专|专科|高职|中等专业学校|中专|中职|高中)";

    [GeneratedRegex($@"(?<level>{Levels}){RequirementText.AndAbove}?\s*(?:的)?(?:全日制)?\s*(?<noun>学历|文化程度|学位|文化水平)")]
    private static partial Regex LevelThenNoun();

    [GeneratedRegex($@"(?:学历|文化程度)\s*(?:要求|应当|应|须|需|为|在|达到|不低于|不得低于|可|可以|放宽至|放宽到|降低至|降低到)+\s*(?<level>{Levels})(?<above>{RequirementText.AndAbove})?")]
    private static partial Regex NounThenLevel();

    public IEnumerable<Requirement> Extract(UnitText unit)
    {
        var taken = new List<(int Start, int End)>();
        foreach (var m in LevelThenNoun().Matches(unit.Folded).Concat(NounThenLevel().Matches(unit.Folded)))
        {
            if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length)) continue;
            var level = EducationLevels.Parse(m.Groups["level"].Value);
            if (level is null) continue;
            taken.Add((m.Index, m.Index + m.Length));
            var orAbove = m.Value.Contains("以上", StringComparison.Ordinal) || m.Value.Contains("低于", StringComparison.Ordinal);
            var value = level.Value.ChineseName() + (orAbove ? "以上" : "");
            yield return RequirementText.Make(unit, RequirementKind.Education, value, m.Index, m.Index + m.Length,
                RequirementText.Confidence(unit, 0.95, Topic.Qualifications)) with { Level = level, OrAbove = orAbove };
        }
    }
}
