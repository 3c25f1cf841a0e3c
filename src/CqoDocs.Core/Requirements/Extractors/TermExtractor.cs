using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Extractors;

/// <summary>The appointment term: 聘期两年, 聘任期限为三年, 每届任期3年, 聘期一般不超过三年, 任期为24个月, 聘期一般为2-3年.</summary>
internal sealed partial class TermExtractor : IRequirementExtractor
{
    [GeneratedRegex($@"(?:聘任期限|聘用期限|任职期限|聘任期|聘用期|聘期|任期)\s*(?:一般|原则上|每届|均)?\s*(?:为|是|定为|暂定为)?\s*(?<limit>不少于|不超过|不得超过|最长不超过|最长)?\s*(?<n>{RequirementText.Number})(?:\s*(?:-|－|—|~|～|至|到)\s*(?<to>{RequirementText.Number}))?\s*(?<unit>年|个月|周年)")]
    private static partial Regex Term();

    /// <summary>A term stated after a remark: 任期与企业高管任期一致，一般为三年.</summary>
    [GeneratedRegex($@"(?:聘任期限|聘用期限|任职期限|聘任期|聘用期|聘期|任期)[^。；;\n\d]{{1,16}}?(?:一般|原则上)?(?:为|是|定为)\s*(?<limit>不少于|不超过|不得超过|最长不超过|最长)?\s*(?<n>{RequirementText.Number})(?:\s*(?:-|－|—|~|～|至|到)\s*(?<to>{RequirementText.Number}))?\s*(?<unit>年|个月|周年)")]
    private static partial Regex TermAfterRemark();

    public IEnumerable<Requirement> Extract(UnitText unit)
    {
        var taken = new List<(int Start, int End)>();
        foreach (var m in Term().Matches(unit.Folded).Concat(TermAfterRemark().Matches(unit.Folded)))
        {
            if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length)) continue;
            taken.Add((m.Index, m.Index + m.Length));
            if (RequirementText.ParseNumber(m.Groups["n"].Value) is not { } n || n == 0) continue;
            var months = m.Groups["unit"].Value == "个月";
            var limit = m.Groups["limit"].Value is "" ? "" : m.Groups["limit"].Value.Replace("最长", "") is "" ? "不超过" : m.Groups["limit"].Value.Replace("最长", "");
            // 聘期一般为2至3年: the range as written, the shorter end as the number.
            var to = m.Groups["to"].Success ? RequirementText.ParseNumber(m.Groups["to"].Value) : null;
            var count = to is > 0 && to != n ? $"{n}至{to}" : $"{n}";
            var value = limit + (months ? $"{count}个月" : $"{count}年");
            yield return RequirementText.Make(unit, RequirementKind.Term, value, m.Index, m.Index + m.Length,
                RequirementText.Confidence(unit, 0.95, Topic.Appointment)) with { Number = months ? null : n };
        }
    }
}
