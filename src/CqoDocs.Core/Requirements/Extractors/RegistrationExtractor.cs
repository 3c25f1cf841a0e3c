using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Extractors;

/// <summary>
/// Registration of the appointment: 报所在地质监部门备案, 向县级市场监管部门报送备案材料, 于任命之日起15个工作日内向县级市场监管部门备案,
/// 聘任后三十日内报送…备案 → to whom, and within how many (working) days when the sentence says.
/// </summary>
internal sealed partial class RegistrationExtractor : IRequirementExtractor
{
    [GeneratedRegex(@"(?:报送|报请|报|向|到|至)(?<to>[^，,。；;：:\n报向]{2,30}?)(?:报送|报请|提交|申请|报)?(?:办理)?(?:登记)?(?:备案|报备)")]
    private static partial Regex FiledWith();

    [GeneratedRegex($@"(?<n>{RequirementText.Number})\s*(?:个)?(?<unit>工作日|日|天|个月|月)\s*(?:内|之内|以内)")]
    private static partial Regex Within();

    public IEnumerable<Requirement> Extract(UnitText unit)
    {
        foreach (var sentence in unit.Sentences)
        {
            var filed = FiledWith().Match(sentence.Text);
            if (!filed.Success) continue;
            var aboutCqo = sentence.Text.Contains("首席质量官") || sentence.Text.Contains("CQO") || sentence.Text.Contains("聘") || sentence.Text.Contains("任命")
                || unit.HasTopic(Topic.Appointment);
            if (!aboutCqo) continue;
            var to = filed.Groups["to"].Value.Trim();
            var start = sentence.Start + filed.Index;
            var end = start + filed.Length;
            var value = $"报{to}备案";
            int? days = null;
            var working = false;
            if (Within().Match(sentence.Text) is { Success: true } within && RequirementText.ParseNumber(within.Groups["n"].Value) is { } n)
            {
                var unitName = within.Groups["unit"].Value;
                working = unitName == "工作日";
                var months = unitName is "个月" or "月";
                days = months ? null : n;
                value += $"，{n}{(working ? "个工作日" : months ? "个月" : "日")}内";
                start = Math.Min(start, sentence.Start + within.Index);
                end = Math.Max(end, sentence.Start + within.Index + within.Length);
            }
            yield return RequirementText.Make(unit, RequirementKind.Registration, value, start, end,
                RequirementText.Confidence(unit, 0.9, Topic.Appointment)) with { Party = to, Number = days, WorkingDays = working };
        }
    }
}
