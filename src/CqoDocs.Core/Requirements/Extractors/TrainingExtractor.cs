using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Extractors;

/// <summary>
/// 任职培训 a candidate must have passed: 经过质检部门组织的首席质量官任职培训, 参加岗前培训并考核合格,
/// 取得首席质量官培训合格证书. Offering training (为企业提供任职培训服务) is not a requirement and is not read.
/// </summary>
internal sealed partial class TrainingExtractor : IRequirementExtractor
{
    [GeneratedRegex(@"(?:经过|经|参加|接受|完成|通过)(?:过)?[^，,。；;：:\n]{0,24}?(?<name>任职资格培训|任职培训|岗前培训|上岗培训|资格培训|首席质量官培训|专业培训|系统培训)(?<pass>[^，,。；;\n]{0,8}?(?:合格|结业))?")]
    private static partial Regex Attended();

    [GeneratedRegex(@"(?:取得|获得|持有)[^，,。；;：:\n]{0,16}?(?<name>培训合格证书|培训证书|任职资格证书|首席质量官资格证书|首席质量官证书|合格证书)")]
    private static partial Regex Certified();

    [GeneratedRegex($@"(?<n>{RequirementText.Number})\s*(?:个)?(?<unit>学时|课时|小时)")]
    private static partial Regex Hours();

    public IEnumerable<Requirement> Extract(UnitText unit)
    {
        var confidence = RequirementText.Confidence(unit, 0.9, Topic.Qualifications);
        var taken = new List<(int Start, int End)>();
        Requirement? previous = null;
        foreach (var m in Attended().Matches(unit.Folded).Concat(Certified().Matches(unit.Folded)).OrderBy(m => m.Index))
        {
            if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length)) continue;
            if (m.Value.Contains("提供") || m.Value.Contains("组织开展")) continue;
            taken.Add((m.Index, m.Index + m.Length));
            var name = m.Groups["name"].Value;
            var certificate = name.EndsWith("证书", StringComparison.Ordinal);
            // 经过…培训，取得…证书 is one requirement: the certificate completes the training before it.
            if (certificate && previous is not null && ReferenceEquals(unit.SentenceAt(previous.Source.Start), unit.SentenceAt(m.Index)))
            {
                previous = RequirementText.Make(unit, RequirementKind.Training, $"{previous.Value}并取得{name}", previous.Source.Start, m.Index + m.Length, confidence) with { Number = previous.Number };
                continue;
            }
            if (previous is not null) yield return previous;
            var value = certificate ? $"任职培训并取得{name}" : name + (m.Groups["pass"].Success ? "并考核合格" : "");
            var hours = Hours().Match(m.Value);
            var n = hours.Success ? RequirementText.ParseNumber(hours.Groups["n"].Value) : null;
            if (n is not null) value += $"（不少于{n}{hours.Groups["unit"].Value}）";
            previous = RequirementText.Make(unit, RequirementKind.Training, value, m.Index, m.Index + m.Length, confidence) with { Number = n };
        }
        if (previous is not null) yield return previous;
    }
}
