using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Reads and removes the page's label lines — "时间:2016-03-08 07:17:12 来源:市政府办公室 访问量: -",
/// "发布日期：2010-04-15  字体：[大 中 小]" — and a date standing alone above the text (a news page's time
/// stamp). The values go to <see cref="PageInfo"/>. Lines made of generic labels (时间, 来源, 作者) are only
/// taken above or below the prose, since a notice's own text may say "时间：9月1日" too.
/// </summary>
internal sealed partial class PageInfoLineReader : LineRemover
{
    private static readonly Regex Label = BuildLabelRegex();

    private const string Date = @"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?";

    /// <summary>A time stamp opening a meta line: "2021-11-03 10:26:45　来源：…".</summary>
    [GeneratedRegex($@"^({Date})(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s+")]
    private static partial Regex LeadingStamp();

    /// <summary>A standard's cover line: "2021-01-15发布  2021-02-15实施".</summary>
    [GeneratedRegex($@"^(?:({Date})\s*发布)?\s*(?:({Date})\s*(?:实施|施行))?$")]
    private static partial Regex IssuedAndEffective();

    public override void Run(ImportDraft draft)
    {
        PairLabelsWithValues(draft.Lines);
        base.Run(draft);
    }

    /// <summary>
    /// Above the text a label may stand on a line of its own with its value on the next ("发文字号：" /
    /// "湘政办发〔2016〕15号", as an information block of separate elements reads): the two become one line.
    /// </summary>
    private static void PairLabelsWithValues(List<string> lines)
    {
        var folded = lines.Select(ScriptTable.Default.ToSimplified).ToList();
        var (first, _) = ProseSpan(folded);
        var end = first < 0 ? lines.Count : first;
        for (var i = end - 2; i >= 0; i--)
        {
            if (Pairs(folded[i]) is not [var only] || only.Value.Length > 0 && folded[i][only.Value.Index..].Trim().Length > 0) continue;
            if (folded[i + 1].Length > 60 || Pairs(folded[i + 1]) is not null) continue;
            lines[i] += lines[i + 1];
            lines.RemoveAt(i + 1);
        }
    }

    protected override string? Clean(LineView line, ImportDraft draft)
    {
        var text = line.Folded;
        if (text.Length > 200) return line.Text;
        if (line.Place == LinePlace.Head && ChineseDate.Whole(text) is { } stamp)
        {
            draft.Page.OfferPublished(stamp);
            return null;
        }
        if (line.Place == LinePlace.Head && IssuedAndEffective().Match(text) is { Success: true, Length: > 0 } standard)
        {
            draft.Page.OfferPublished(ChineseDate.First(standard.Groups[1].Value));
            draft.Page.OfferEffective(ChineseDate.First(standard.Groups[2].Value));
            return null;
        }
        var lead = LeadingStamp().Match(text);
        if (lead.Success && line.Place != LinePlace.Body)
        {
            var rest = Pairs(text[lead.Length..]);
            if (rest is null) return line.Text;
            draft.Page.OfferPublished(ChineseDate.First(lead.Groups[1].Value));
            RecordPairs(draft, rest, line.Text[lead.Length..]);
            return null;
        }
        var pairs = Pairs(text);
        if (pairs is null) return line.Text;
        var chromeOnly = pairs.All(p => PageInfoLabels.Chrome.Contains(p.Label));
        if (line.Place == LinePlace.Body && !chromeOnly) return line.Text;
        RecordPairs(draft, pairs, line.Text);
        return null;
    }

    private static void RecordPairs(ImportDraft draft, List<(string Label, (int Index, int Length) Value)> pairs, string original)
    {
        // A value that does not fit its label (字号：大 中 小) is chrome, and is simply not recorded.
        foreach (var (label, value) in pairs)
        {
            PageInfoRecorder.Offer(draft.Page, PageInfoLabels.Fields[label], original.Substring(value.Index, value.Length));
        }
    }

    /// <summary>The label/value pairs when the line is nothing but pairs (brackets and spaces around them allowed), else null.</summary>
    internal static List<(string Label, (int Index, int Length) Value)>? Pairs(string folded)
    {
        var matches = Label.Matches(folded);
        if (matches.Count == 0) return null;
        var lead = folded[..matches[0].Index];
        if (lead.Trim(' ', '【', '[', '（', '(', '|', '｜', '·').Length > 0) return null;
        var pairs = new List<(string, (int, int))>();
        for (var k = 0; k < matches.Count; k++)
        {
            var m = matches[k];
            var start = m.Index + m.Length;
            var end = k + 1 < matches.Count ? matches[k + 1].Index : folded.Length;
            pairs.Add((m.Groups[1].Value, (start, end - start)));
        }
        return pairs;
    }

    private static Regex BuildLabelRegex()
    {
        var labels = PageInfoLabels.Fields.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape);
        return new Regex($@"(?<![\u4E00-\u9FFF])({string.Join("|", labels)})\s*[:：]", RegexOptions.Compiled);
    }
}
