using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Structure;

/// <summary>
/// A unit whose text opens with a phrase naming its subject gets it as its heading: "一、指导思想" standing
/// alone, "（二）首席质量官任职条件。具有良好的…" (heading 首席质量官任职条件, the rest is text), an article's
/// bracketed caption "第一条【目的】…", a clause's title "4.1 基本要求". A lead-in that announces a list
/// ("首席质量官应当履行下列职责：") is text, not a heading; a short noun phrase before a colon is one
/// ("二、工作目标：到2015年…" → 工作目标).
/// </summary>
internal sealed partial class UnitHeadingSplitter : IImportStep
{
    private const int MaxHeading = 30;
    private const int MaxLeadSentence = 25;

    [GeneratedRegex(@"^[【\[（(]([^【】\[\]（）()。，；]{2,16})[】\]）)]")]
    private static partial Regex ArticleCaption();

    [GeneratedRegex(@"下列|以下|如下|应当|应该|必须|包括")]
    private static partial Regex AnnouncesList();

    public void Run(ImportDraft draft)
    {
        // Per numbering level, whether the sibling before had a heading: items of one list are alike.
        var headedBefore = new Dictionary<int, bool>();
        foreach (var unit in draft.Units)
        {
            foreach (var deeper in headedBefore.Keys.Where(level => level > unit.Level).ToList()) headedBefore.Remove(deeper);
            if (unit.Heading is null && unit.Paragraphs.Count > 0)
            {
                switch (unit.Kind)
                {
                    case UnitKind.Article:
                        SplitCaption(unit);
                        break;
                    case UnitKind.Section or UnitKind.Item or UnitKind.Numbered or UnitKind.Clause:
                        var listOfSentences = unit.Kind is UnitKind.Item or UnitKind.Numbered && headedBefore.GetValueOrDefault(unit.Level, true) is false;
                        SplitHeading(unit, hasChildren: HasChildren(draft.Units, unit), listOfSentences);
                        break;
                }
            }
            headedBefore[unit.Level] = unit.Heading is not null;
        }
    }

    private static bool HasChildren(List<UnitDraft> units, UnitDraft unit)
    {
        var i = units.IndexOf(unit);
        return i + 1 < units.Count && units[i + 1].Level > unit.Level;
    }

    private static void SplitCaption(UnitDraft unit)
    {
        var first = unit.Paragraphs[0];
        var m = ArticleCaption().Match(first);
        if (!m.Success || m.Length == first.Length) return;
        unit.Heading = m.Groups[1].Value;
        unit.Paragraphs[0] = first[m.Length..].TrimStart();
    }

    /// <param name="listOfSentences">
    /// The item before this one in the same list had no heading: a short whole paragraph here is the item's
    /// text too ("（四）参加任职培训并取得证书" with the section's closing paragraph after it), not a heading.
    /// </param>
    private static void SplitHeading(UnitDraft unit, bool hasChildren, bool listOfSentences)
    {
        var first = unit.Paragraphs[0];
        var folded = ScriptTable.Default.ToSimplified(first);
        var more = unit.Paragraphs.Count > 1 || hasChildren;
        // The whole first paragraph is a heading: short, no sentence inside it.
        var body = folded.TrimEnd('。', '：', ':', '.');
        if (more && !(listOfSentences && !hasChildren) && body.Length <= MaxHeading && IsHeadingPhrase(body, folded))
        {
            unit.Heading = first[..body.Length];
            unit.Paragraphs.RemoveAt(0);
            return;
        }
        // The paragraph opens with a short noun phrase and a colon: "工作目标：到2015年，…".
        var colon = folded.IndexOf('：');
        if (colon > 1 && colon <= 12 && colon + 1 < folded.Length && IsHeadingPhrase(folded[..colon], folded[..(colon + 1)]))
        {
            unit.Heading = first[..colon];
            unit.Paragraphs[0] = first[(colon + 1)..].TrimStart();
            return;
        }
        // The paragraph opens with a short sentence that names the subject: "统一思想，提高认识。质量是…".
        var stop = folded.IndexOf('。');
        if (stop > 0 && stop <= MaxLeadSentence && stop + 1 < folded.Length && IsHeadingPhrase(folded[..stop], folded[..(stop + 1)]))
        {
            unit.Heading = first[..stop];
            unit.Paragraphs[0] = first[(stop + 1)..].TrimStart();
        }
    }

    private static bool IsHeadingPhrase(string phrase, string withEnding)
    {
        if (phrase.Length < 2 || phrase.IndexOfAny(['；', ';', '。', '：', ':']) >= 0) return false;
        if (ChineseText.CountHan(phrase) * 2 < phrase.Length) return false;
        // A colon ending announces what follows; only a bare noun phrase ("工作职责：") is a heading.
        if (withEnding.EndsWith('：') || withEnding.EndsWith(':')) return phrase.Length <= 12 && !AnnouncesList().IsMatch(phrase);
        return phrase.Count(c => c == '，') <= 2;
    }
}
