using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Extractors;

/// <summary>
/// 任职培训 a candidate must have passed: 经过质检部门组织的首席质量官任职培训, 经市质监局培训考核合格, 参加岗前培训并考核合格 (or …培训，考核合格),
/// 取得首席质量官培训合格证书, 经过…培训机构培训，并取得资格证书. Offering training (为企业提供任职培训服务) is not a requirement and is not read.
/// </summary>
internal sealed partial class TrainingExtractor : IRequirementExtractor
{
    [GeneratedRegex(@"(?:经过|经|参加|接受|完成|通过)(?:过)?[^，,。；;：:\n]{0,24}?(?<name>任职资格培训|任职培训|岗前培训|上岗培训|资格培训|首席质量官培训|专业培训|系统培训|专门培训|专题培训|集中培训|培训(?=\s*(?:并|且)?\s*(?:考核|考试)?\s*合格))(?<pass>(?:[，,]\s*)?[^，,。；;\n取获持]{0,8}?(?:合格|结业)(?!证))?")]
    private static partial Regex Attended();

    [GeneratedRegex(@"(?:取得|获得|持有)[^，,。；;：:\n]{0,16}?(?<name>培训合格证书|培训证书|任职资格证书|首席质量官资格证书|首席质量官证书|合格证书|结业证书)")]
    private static partial Regex Certified();

    [GeneratedRegex($@"(?<n>{RequirementText.Number})\s*(?:个)?(?<unit>学时|课时|小时)")]
    private static partial Regex Hours();

    /// <summary>Hours stated right after the training: 参加上岗培训，培训时间不少于40学时.</summary>
    [GeneratedRegex($@"\G[，,]?\s*(?:培训)?(?:时间|时长|学时)?\s*(?:应|须)?\s*(?:不少于|不低于|不得少于|达到|累计)?\s*(?<n>{RequirementText.Number})\s*(?:个)?(?<unit>学时|课时|小时)")]
    private static partial Regex TrailingHours();

    public IEnumerable<Requirement> Extract(UnitText unit)
    {
        var confidence = RequirementText.Confidence(unit, 0.9, Topic.Qualifications);
        var taken = new List<(int Start, int End)>();
        Requirement? previous = null;
        foreach (var m in Attended().Matches(unit.Folded).Concat(Certified().Matches(unit.Folded)).OrderBy(m => m.Index))
        {
            if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length)) continue;
            if (m.Value.Contains("提供") || m.Value.Contains("组织开展")) continue;
            var end = m.Index + m.Length;
            var hours = Hours().Match(m.Value);
            if (!hours.Success && TrailingHours().Match(unit.Folded, end) is { Success: true } trailing)
            {
                hours = trailing;
                end = trailing.Index + trailing.Length;
            }
            taken.Add((m.Index, end));
            var name = m.Groups["name"].Value;
            var certificate = name.EndsWith("证书", StringComparison.Ordinal);
            // 经过…培训，取得…证书 is one requirement: the certificate completes the training before it.
            if (certificate && previous is not null && ReferenceEquals(unit.SentenceAt(previous.Source.Start), unit.SentenceAt(m.Index)))
            {
                previous = RequirementText.Make(unit, RequirementKind.Training, WithHours(Named(previous) + (Named(previous).EndsWith("考核合格", StringComparison.Ordinal) ? "，取得" : "并取得") + name, previous.Number, HoursUnit(previous)),
                    previous.Source.Start, end, confidence) with { Number = previous.Number };
                continue;
            }
            if (previous is not null) yield return previous;
            var value = certificate ? $"任职培训并取得{name}" : (name == "培训" ? "任职培训" : name) + (m.Groups["pass"].Success ? "并考核合格" : "");
            var n = hours.Success ? RequirementText.ParseNumber(hours.Groups["n"].Value) : null;
            var start = certificate ? TrainingBefore(unit, m.Index) ?? m.Index : m.Index;
            previous = RequirementText.Make(unit, RequirementKind.Training, WithHours(value, n, hours.Groups["unit"].Value), start, end, confidence) with { Number = n };
        }
        if (previous is not null) yield return previous;
    }

    /// <summary>经过…培训机构培训，并取得…证书: where the training the certificate completes begins, or null.</summary>
    private static int? TrainingBefore(UnitText unit, int certificateAt)
    {
        var sentence = unit.SentenceAt(certificateAt);
        var lead = TrainingLead().Match(unit.Folded[sentence.Start..certificateAt]);
        return lead.Success ? sentence.Start + lead.Index : null;
    }

    [GeneratedRegex(@"(?:经过|经|参加|接受|完成)[^，,。；;：:\n]{0,24}?培训\s*[，,]?\s*(?:并|且)?\s*$")]
    private static partial Regex TrainingLead();

    private static string WithHours(string value, int? hours, string unit) => hours is null ? value : $"{value}（不少于{hours}{unit}）";

    /// <summary>The value without its hours: 任职培训（不少于40学时） → 任职培训.</summary>
    private static string Named(Requirement r) => r.Value.IndexOf('（') is var at and >= 0 ? r.Value[..at] : r.Value;

    private static string HoursUnit(Requirement r) => Hours().Match(r.Value) is { Success: true } h ? h.Groups["unit"].Value : "";
}
