using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Extractors;

/// <summary>
/// Who may not be a CQO: "有下列情形之一的，不得担任首席质量官：（一）…（二）…" gives one bar per item;
/// "受过刑事处罚的，不得担任首席质量官" or "首席质量官不得在两个以上企业兼任" gives the sentence itself.
/// </summary>
internal sealed partial class ConductBarExtractor : IRequirementExtractor
{
    [GeneratedRegex("不得(?:再|同时)?(?:[在由][^，,。；;]{0,12}?)?(?:担任|兼任|聘任|聘为|聘用)|不能担任|不宜担任|不予聘任")]
    private static partial Regex Bar();

    [GeneratedRegex("下列(?:情形|情况|条件|行为)|以下(?:情形|情况)|[：:]\\s*$")]
    private static partial Regex ListIntro();

    [GeneratedRegex(@"^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|[一二三四五六七八九十]+、|\d{1,2}\s*[.．、]|[①-⑳])\s*")]
    private static partial Regex ItemNumber();

    public IEnumerable<Requirement> Extract(UnitText unit)
    {
        var confidence = RequirementText.Confidence(unit, 0.85, Topic.Qualifications, Topic.Conduct, Topic.Appointment);
        var sentences = unit.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var bar = Bar().Match(sentence.Text);
            if (!bar.Success) continue;
            if (ListIntro().IsMatch(sentence.Text))
            {
                // The items follow the lead-in, each its own sentence, until the list ends.
                for (var j = i + 1; j < sentences.Count && ItemNumber().Match(sentences[j].Text) is { Success: true } number; j++)
                {
                    yield return Item(unit, sentences[j], number.Length, confidence);
                    i = j;
                }
                continue;
            }
            yield return Item(unit, sentence, ItemNumber().Match(sentence.Text) is { Success: true } n ? n.Length : 0, confidence);
        }
    }

    private static Requirement Item(UnitText unit, Sentence sentence, int numberLength, double confidence)
    {
        var start = sentence.Start + numberLength;
        var end = sentence.End;
        while (end > start && unit.Folded[end - 1] is '；' or ';' or '。' or '，' or ',' or ' ' or '　') end--;
        while (start < end && char.IsWhiteSpace(unit.Folded[start])) start++;
        return RequirementText.Make(unit, RequirementKind.ConductBar, unit.Original[start..end], start, end, confidence);
    }
}
