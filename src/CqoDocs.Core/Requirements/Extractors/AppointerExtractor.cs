using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Extractors;

/// <summary>
/// Who appoints: 由企业法定代表人或主要负责人选拔任命, 企业法定代表人应当书面任命首席质量官, 由企业董事长或者总经理任命, 由董事会聘任, 由企业决策层研究决定后聘任, 经企业法定代表人聘任, 应由所在企业任命.
/// Only an enterprise organ counts (法定代表人, 董事会, 主要负责人, 总经理, 企业…); a government body issuing a
/// certificate does not.
/// </summary>
internal sealed partial class AppointerExtractor : IRequirementExtractor
{
    [GeneratedRegex(@"(?:由|经)(?<who>(?:[^，,。；;：:\n由经]|经理){2,24}?)(?:选拔|提名|考察|考核|研究|讨论|集体|决定|书面|授权|正式)*(?:后)?(?:任命|聘任|聘用|委任|任免|聘请|选聘|决定聘任)")]
    private static partial Regex AppointedBy();

    /// <summary>The organ as the subject of its clause: 企业法定代表人应当书面任命首席质量官.</summary>
    [GeneratedRegex(@"(?<=^|[，,。；;：:\n）)])\s*(?<who>[^，,。；;：:\n由经]{0,10}?(?:法定代表人|董事会|董事长|主要负责人|总经理|最高管理者|决策层|股东会|股东大会))(?:应当|应|须|可以|负责)?(?:书面)?(?:任命|聘任|聘用|选聘)(?:本企业|本单位)?(?:的)?首席质量官")]
    private static partial Regex Appoints();

    [GeneratedRegex("企业|公司|董事|法定代表人|法人|负责人|总经理|经理|股东|厂长|理事会|单位|党委|决策层|管理层|最高管理者|出资人|投资人|业主|高层")]
    private static partial Regex EnterpriseOrgan();

    public IEnumerable<Requirement> Extract(UnitText unit)
    {
        foreach (var m in AppointedBy().Matches(unit.Folded).Concat(Appoints().Matches(unit.Folded)).OrderBy(m => m.Index))
        {
            var who = m.Groups["who"].Value.Trim();
            if (!EnterpriseOrgan().IsMatch(who) || who.Contains("部门") || who.Contains("政府") || who.Contains("机构") || who.Contains("局") || who.Contains("协会")) continue;
            var sentence = unit.SentenceAt(m.Index).Text;
            var aboutCqo = sentence.Contains("首席质量官") || sentence.Contains("CQO") || unit.HasTopic(Topic.Appointment);
            if (!aboutCqo) continue;
            var party = who.StartsWith("所在", StringComparison.Ordinal) ? who[2..] : who;
            var start = unit.Folded[m.Index] is '由' or '经' ? m.Index : m.Groups["who"].Index;
            yield return RequirementText.Make(unit, RequirementKind.Appointer, party, start, m.Index + m.Length,
                RequirementText.Confidence(unit, 0.85, Topic.Appointment)) with { Party = party };
        }
    }
}
