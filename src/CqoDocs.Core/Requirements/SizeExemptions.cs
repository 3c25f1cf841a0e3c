using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements;

/// <summary>
/// "小微企业首席质量官不要求专业技术职称" lifts a rule for some sizes: the document's rules of that kind that
/// name no size are then limited to the other sizes, so a candidate in a small enterprise is not held to them.
/// </summary>
internal static partial class SizeExemptions
{
    [GeneratedRegex(@"(?<size>大中型|大、中型|大型|中型|中小微|中小型|中小|小微型|小微|小型|微型)(?:工业)?企业[^。；;\n]{0,16}?(?:可以|可)?(?:不要求|不作要求|不受|免于|无需|不需|不需要)[^。；;\n]{0,8}?(?<what>学历|文化程度|职称|证书|资格|年限|经历|经验|培训|继续教育)")]
    private static partial Regex Exempted();

    public static IReadOnlyList<Requirement> Apply(Document document, IReadOnlyList<Requirement> requirements)
    {
        var result = requirements.ToList();
        foreach (var unit in document.Units)
        {
            foreach (Match m in Exempted().Matches(Import.Text.ScriptTable.Default.ToSimplified(unit.Text)))
            {
                if (KindOf(m.Groups["what"].Value) is not { } kind) continue;
                var others = (EnterpriseSize.Large | EnterpriseSize.Medium | EnterpriseSize.Small | EnterpriseSize.Micro) & ~EnterpriseSizes.Parse(m.Groups["size"].Value);
                for (var i = 0; i < result.Count; i++)
                {
                    if (result[i].Kind == kind && result[i].Scope == EnterpriseSize.Any) result[i] = result[i] with { Scope = others };
                }
            }
        }
        return result;
    }

    private static RequirementKind? KindOf(string word) => word switch
    {
        "学历" or "文化程度" => RequirementKind.Education,
        "职称" or "证书" or "资格" => RequirementKind.Certificate,
        "年限" or "经历" or "经验" => RequirementKind.Experience,
        "培训" => RequirementKind.Training,
        "继续教育" => RequirementKind.ContinuingEducation,
        _ => null,
    };
}
