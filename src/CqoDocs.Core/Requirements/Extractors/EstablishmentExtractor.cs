using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Extractors;

/// <summary>
/// Rules that differ by enterprise size: 大中型企业应当设立首席质量官, 小微企业可以由企业负责人兼任首席质量官,
/// 鼓励规模以上企业设立首席质量官岗位 → the size and what it must or may do.
/// </summary>
internal sealed partial class EstablishmentExtractor : IRequirementExtractor
{
    [GeneratedRegex(@"(?<who>大中型|大、中型|大型|中型|中小微|中小型|中小|小微型|小微|小型|微型|规模以上)(?:工业)?企业[^。；;\n]{0,12}?(?<rule>(?:应当|应|必须|须|要|原则上|鼓励|可以|可|宜)[^，,。；;\n]{0,24})")]
    private static partial Regex SizeRule();

    [GeneratedRegex(@"鼓励(?<who>大中型|大、中型|大型|中型|中小微|中小型|中小|小微型|小微|小型|微型|规模以上)(?:工业)?企业(?<rule>[^，,。；;\n]{0,24})")]
    private static partial Regex Encouraged();

    [GeneratedRegex("首席质量官|CQO|质量官|岗位|兼任|兼职|专职")]
    private static partial Regex AboutThePost();

    public IEnumerable<Requirement> Extract(UnitText unit)
    {
        var taken = new List<(int Start, int End)>();
        foreach (var m in Encouraged().Matches(unit.Folded).Concat(SizeRule().Matches(unit.Folded)))
        {
            if (!AboutThePost().IsMatch(m.Groups["rule"].Value)) continue;
            if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length)) continue;
            taken.Add((m.Index, m.Index + m.Length));
            var who = m.Groups["who"].Value;
            var rule = (m.Value.StartsWith("鼓励", StringComparison.Ordinal) ? "鼓励" : "") + m.Groups["rule"].Value.Trim();
            var value = $"{who}企业：{rule}";
            var scope = EnterpriseSizes.Parse(who);
            yield return RequirementText.Make(unit, RequirementKind.Establishment, value, m.Index, m.Index + m.Length,
                RequirementText.Confidence(unit, 0.85, Topic.Appointment)) with { Scope = scope, Party = who };
        }
    }
}
