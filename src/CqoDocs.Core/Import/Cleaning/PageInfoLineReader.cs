using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Reads and removes the page's label lines — "时间:2016-03-08 07:17:12 来源:市政府办公室 访问量: -",
/// "发布日期：2010-04-15  字体：[大 中 小]" — and a date standing alone above the text (a news page's time
/// stamp, "2025-02-27 14:29:00 中国质量报" with the paper's name after it). The values go to
/// <see cref="PageInfo"/>. A label may be bracketed ("【信息来源】市市场监管局") or bulleted ("- 发布时间:…"),
/// and a line may start with other text ("企业首席质量官培训班开班 发布时间：… 浏览次数：…"): the labels are read
/// and the text before them kept. Lines made of generic labels (时间, 来源, 作者) are only taken above or below
/// the prose, since a notice's own text may say "时间：9月1日" too.
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

    /// <summary>Marks that may stand before the first label: brackets, bars and list bullets.</summary>
    private static readonly char[] LeadMarks = [' ', '【', '[', '（', '(', '|', '｜', '·', '-', '—', '–', '•', '●', '◆', '■', '*', '>'];

    /// <summary>A name after a time stamp: a paper's, site's or office's name, no sentence.</summary>
    private const int MaxSourceName = 24;

    public override void Run(ImportDraft draft)
    {
        PairLabelsWithValues(draft.Lines, draft.Page.Title);
        base.Run(draft);
    }

    /// <summary>
    /// Above the text a label may stand on a line of its own with its value on the next ("发文字号：" /
    /// "湘政办发〔2016〕15号", as an information block of separate elements reads): the two become one line.
    /// </summary>
    private static void PairLabelsWithValues(List<string> lines, string? title)
    {
        var folded = lines.Select(ScriptTable.Default.ToSimplified).ToList();
        var (first, _) = ProseSpan(folded, title);
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
        if (lead.Success)
        {
            var after = text[lead.Length..];
            var rest = Pairs(after);
            // Inside the text (a page printed twice) only a stamp with a source or author label is the page's.
            if (line.Place == LinePlace.Body && (rest is null || !rest.Any(p => PageInfoLabels.Fields[p.Label] is PageField.Source) && !rest.All(p => PageInfoLabels.Chrome.Contains(p.Label))))
                return line.Text;
            if (rest is null && !IsSourceName(after)) return line.Text;
            draft.Page.OfferPublished(ChineseDate.First(lead.Groups[1].Value));
            if (rest is null) draft.Page.OfferSource(line.Text[lead.Length..]);
            else RecordPairs(draft, rest, line.Text[lead.Length..]);
            return null;
        }
        var pairs = Pairs(text, out var start);
        if (pairs is null) return line.Text;
        var chromeOnly = pairs.All(p => PageInfoLabels.Chrome.Contains(p.Label));
        if (line.Place == LinePlace.Body && !chromeOnly) return line.Text;
        if (start > 0 && !chromeOnly && !pairs.Any(p => PageInfoLabels.Fields[p.Label] is PageField.Published or PageField.Date or PageField.Source))
            return line.Text;
        RecordPairs(draft, pairs, line.Text);
        // "来源：某某日报 | 2024-06-18 | 作者：张三": a date standing unlabelled among the labels is the page's date.
        if (line.Place != LinePlace.Body && !pairs.Any(p => PageInfoLabels.Fields[p.Label] is PageField.Published or PageField.Date))
            draft.Page.OfferPublished(ChineseDate.First(text[start..]));
        // Text before the labels (a headline sharing the line with them) stays.
        return start > 0 ? line.Text[..start].TrimEnd(LeadMarks) : null;
    }

    /// <summary>"中国质量报", "某某市人民政府网": what a news page writes after its time stamp.</summary>
    private static bool IsSourceName(string folded)
    {
        var name = folded.Trim();
        return name.Length <= MaxSourceName && ChineseText.CountHan(name) >= 2 && !ChineseText.HasSentencePunctuation(name)
            && ChineseDate.FindAll(name).FirstOrDefault().Length == 0
            && (TitleShape.IsMasthead(name) || AuthorityShape.LooksLikeAuthorities(name) || name.Length <= 12);
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
    internal static List<(string Label, (int Index, int Length) Value)>? Pairs(string folded) =>
        Pairs(folded, out var start) is { } pairs && start == 0 ? pairs : null;

    /// <summary>
    /// The label/value pairs that close the line, and where the first label starts (0 when only marks stand
    /// before it). Text may stand before the labels when at least two labels follow it, or one that is
    /// bracketed: a single "X：" after text is more likely part of a sentence.
    /// </summary>
    internal static List<(string Label, (int Index, int Length) Value)>? Pairs(string folded, out int start)
    {
        start = 0;
        var matches = Label.Matches(folded);
        if (matches.Count == 0) return null;
        var lead = folded[..matches[0].Index];
        if (lead.Trim(LeadMarks).Length > 0)
        {
            if (lead.Length > 80 || ChineseText.HasSentencePunctuation(lead) || matches.Count < 2 && !matches[0].Value.StartsWith('【')) return null;
            start = matches[0].Index;
        }
        var pairs = new List<(string, (int, int))>();
        for (var k = 0; k < matches.Count; k++)
        {
            var m = matches[k];
            var from = m.Index + m.Length;
            var end = k + 1 < matches.Count ? matches[k + 1].Index : folded.Length;
            var label = m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value;
            pairs.Add((label, (from, end - from)));
        }
        return pairs;
    }

    private static Regex BuildLabelRegex()
    {
        var labels = string.Join("|", PageInfoLabels.Fields.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        return new Regex($@"【\s*(?<a>{labels})\s*】\s*[:：]?|(?<![\u4E00-\u9FFF])(?<b>{labels})\s*[:：]", RegexOptions.Compiled);
    }
}
