using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Extractors;

/// <summary>
/// Certificates and titles: 中级以上职称, 中级及以上质量专业技术人员职业资格, 质量专业中级或以上资格, 高级专业技术职称, 质量工程师, 注册质量师,
/// 质量管理体系审核员, 相关专业技术职称 → a rank (初级 1 … 正高 4) where the text gives one.
/// </summary>
internal sealed partial class CertificateExtractor : IRequirementExtractor
{
    [GeneratedRegex($@"(?<pre>质量(?:专业|管理)?类?)?(?<rank>正高级|副高级|正高|副高|高级|中级|初级)(?<above>{RequirementText.AndAbove})?\s*(?:的)?(?<field>[^，,。；;、：:\n或和]{{0,12}}?)(?<noun>专业技术职称|技术职称|职称|专业技术资格|技术资格|职业资格证书|职业资格|资格证书|技术职务|专业技术职务|资格)")]
    private static partial Regex RankedTitle();

    [GeneratedRegex(@"(?<rank>高级|中级|初级|助理)?(?<name>注册质量工程师|注册质量师|质量工程师|质量管理体系审核员|注册审核员|六西格玛黑带|六西格玛绿带|质量专业技术人员职业资格)(?:资格|证书|资格证书|职业资格)?")]
    private static partial Regex NamedCertificate();

    [GeneratedRegex($@"(?<rank>高级|助理)?工程师(?<above>{RequirementText.AndAbove})?\s*(?:专业技术|技术)?(?:职称|职务|资格)")]
    private static partial Regex EngineerTitle();

    [GeneratedRegex(@"(?<field>相关|质量)(?:专业)?(?:技术)?(?:职称|专业技术资格)")]
    private static partial Regex UnrankedTitle();

    public IEnumerable<Requirement> Extract(UnitText unit)
    {
        var taken = new List<(int Start, int End)>();
        var found = new List<Requirement>();
        var confidence = RequirementText.Confidence(unit, 0.9, Topic.Qualifications);
        foreach (Match m in RankedTitle().Matches(unit.Folded))
        {
            // 中级注册质量师资格 names a certificate; the named reading below keeps its name.
            if (NamedCertificate().IsMatch(m.Groups["field"].Value)) continue;
            taken.Add((m.Index, m.Index + m.Length));
            var rank = Rank(m.Groups["rank"].Value);
            var orAbove = m.Groups["above"].Success;
            var field = m.Groups["pre"].Value + m.Groups["field"].Value.Trim();
            var noun = m.Groups["noun"].Value is "职业资格证书" or "资格证书" ? "职业资格" : m.Groups["noun"].Value;
            var value = $"{m.Groups["pre"].Value}{m.Groups["rank"].Value}{(orAbove ? "以上" : "")}{m.Groups["field"].Value.Trim()}{noun}";
            found.Add(RequirementText.Make(unit, RequirementKind.Certificate, value, m.Index, m.Index + m.Length, confidence)
                with { Rank = rank, OrAbove = orAbove, QualityOnly = field.Contains("质量") });
        }
        foreach (Match m in NamedCertificate().Matches(unit.Folded))
        {
            if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length)) continue;
            taken.Add((m.Index, m.Index + m.Length));
            var rank = m.Groups["rank"].Success ? Rank(m.Groups["rank"].Value) : (int?)null;
            found.Add(RequirementText.Make(unit, RequirementKind.Certificate, m.Groups["rank"].Value + m.Groups["name"].Value, m.Index, m.Index + m.Length, confidence)
                with { Rank = rank, QualityOnly = m.Groups["name"].Value.Contains("质量") });
        }
        foreach (Match m in EngineerTitle().Matches(unit.Folded))
        {
            if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length)) continue;
            taken.Add((m.Index, m.Index + m.Length));
            var rank = m.Groups["rank"].Value switch { "高级" => 3, "助理" => 1, _ => 2 };
            var orAbove = m.Groups["above"].Success;
            found.Add(RequirementText.Make(unit, RequirementKind.Certificate, $"{m.Groups["rank"].Value}工程师{(orAbove ? "以上" : "")}职称", m.Index, m.Index + m.Length, confidence)
                with { Rank = rank, OrAbove = orAbove });
        }
        foreach (Match m in UnrankedTitle().Matches(unit.Folded))
        {
            if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length)) continue;
            taken.Add((m.Index, m.Index + m.Length));
            found.Add(RequirementText.Make(unit, RequirementKind.Certificate, m.Value, m.Index, m.Index + m.Length, Math.Round(confidence - 0.1, 2))
                with { QualityOnly = m.Groups["field"].Value == "质量", OrAbove = true });
        }
        return found.OrderBy(r => r.Source.Start);
    }

    /// <summary>1 初级/助理, 2 中级, 3 副高/高级, 4 正高.</summary>
    public static int? Rank(string word) => word switch
    {
        "初级" or "助理" => 1,
        "中级" => 2,
        "副高级" or "副高" or "高级" => 3,
        "正高级" or "正高" => 4,
        _ => null,
    };
}
