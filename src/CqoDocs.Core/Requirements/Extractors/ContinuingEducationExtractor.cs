using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Extractors;

/// <summary>
/// Continuing education: 每年参加不少于24学时的继续教育, 年度继续教育不少于四十学时, 接受年度继续教育 (hours not stated).
/// Hours are per year when the sentence says 每年/年度/每年度, else the total the text asks for.
/// </summary>
internal sealed partial class ContinuingEducationExtractor : IRequirementExtractor
{
    private const string N = RequirementText.Number;

    [GeneratedRegex($@"(?:不少于|不低于|不得少于|至少|累计|达到|须满|满)?\s*(?<n>{N})\s*(?:个)?(?<unit>学时|课时|小时|学分)")]
    private static partial Regex Hours();

    [GeneratedRegex(@"(?:年度|每年|每年度)(?:再)?继续教育|继续教育|再教育")]
    private static partial Regex Mention();

    public IEnumerable<Requirement> Extract(UnitText unit)
    {
        var confidence = RequirementText.Confidence(unit, 0.9, Topic.Qualifications, Topic.Training);
        foreach (var sentence in unit.Sentences)
        {
            var mention = Mention().Match(sentence.Text);
            // Yearly hours of training are continuing education too: 每年累计参加质量培训不少于40学时.
            if (!mention.Success && Regex.IsMatch(sentence.Text, "(?:每年|年度)[^。；;]*培训")) mention = Hours().Match(sentence.Text);
            if (!mention.Success) continue;
            var perYear = Regex.IsMatch(sentence.Text, "每年|年度|每一年|一年");
            var hours = Hours().Matches(sentence.Text).FirstOrDefault(h => RequirementText.ParseNumber(h.Groups["n"].Value) is > 0);
            if (hours is not null)
            {
                var n = RequirementText.ParseNumber(hours.Groups["n"].Value)!.Value;
                var (start, end) = Cover(sentence, mention, hours);
                var value = $"{(perYear ? "每年" : "累计")}不少于{n}{hours.Groups["unit"].Value}";
                yield return RequirementText.Make(unit, RequirementKind.ContinuingEducation, value, start, end, confidence)
                    with { Number = n, OrAbove = true };
                continue;
            }
            // Without hours, only an obligation on the candidate counts (接受/参加年度继续教育), not 组织继续教育.
            var lead = sentence.Text[..mention.Index];
            if (!Regex.IsMatch(lead[Math.Max(0, lead.Length - 8)..], "接受|参加|完成|并|应|须|坚持")) continue;
            yield return RequirementText.Make(unit, RequirementKind.ContinuingEducation, perYear ? "每年接受继续教育（学时未写明）" : "接受继续教育（学时未写明）",
                sentence.Start + mention.Index, sentence.Start + mention.Index + mention.Length, Math.Round(confidence - 0.1, 2));
        }
    }

    /// <summary>The span from the first to the last of the two finds, in unit offsets.</summary>
    private static (int Start, int End) Cover(Sentence sentence, Match a, Match b) =>
        (sentence.Start + Math.Min(a.Index, b.Index), sentence.Start + Math.Max(a.Index + a.Length, b.Index + b.Length));
}
