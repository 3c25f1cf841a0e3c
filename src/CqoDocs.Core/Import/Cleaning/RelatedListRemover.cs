using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Structure;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Drops lists of other articles: a title followed by its date ("…质量月活动精彩纷呈2024-09-27",
/// "关于开展…的通知 [2016-03-01]"), a cut-off title ("…卓越质量管理助..."), bullet items below the text, and
/// rows of links to other sites ("中国政府网 浙江省人民政府"), and below the text a title with its date on the next line.
/// A line of a notice never ends with a bare date after a title; a signature line ("…办公室 2016年3月1日")
/// is recognised by its authority name and kept.
/// </summary>
internal sealed partial class RelatedListRemover : LineRemover
{
    [GeneratedRegex(@"(?:\.{3,}|…+)")]
    private static partial Regex Ellipsis();

    [GeneratedRegex(@"^[·•●◆◇▪▫►▶■□○◎※\-–—*]+\s*")]
    private static partial Regex Bullet();

    /// <summary>A month and day closing a list item: "…[09-29]", "… 09-29", "…（9月29日）".</summary>
    [GeneratedRegex(@"[\[【(（]?\s*(?:[01]?\d-[0-3]\d|[01]?\d月[0-3]?\d日)\s*[\]】)）]?$")]
    private static partial Regex MonthDayEnd();

    /// <summary>The month and day belong to a full date ("2016年3月1日") when a year or digit stands right before them.</summary>
    private static bool Continues(string text, int index) =>
        index > 0 && (text[index - 1] == '年' || char.IsAsciiDigit(text[index - 1]) || text[index - 1] == '-');

    /// <summary>Below the text, a list may put each title's date on the line under it: both go.</summary>
    public override void Run(ImportDraft draft)
    {
        var lines = draft.Lines;
        var folded = lines.Select(ScriptTable.Default.ToSimplified).ToList();
        var (_, last) = ProseSpan(folded, draft.Page.Title);
        var drop = new bool[lines.Count];
        for (var i = Math.Max(last + 1, 0); i + 1 < lines.Count; i++)
        {
            var title = folded[i].Trim();
            if (ChineseDate.Whole(folded[i + 1]) is null || ChineseText.CountHan(title) < 6 || title.Length > 60) continue;
            if (ChineseText.HasSentencePunctuation(title) || AuthorityShape.LooksLikeAuthorities(title) || ChineseDate.FindAll(title).Any()) continue;
            if (title.IndexOfAny(['：', ':', '（', '(']) >= 0 || NumberingMarker.Parse(title) is not null) continue; // 附件：…, （盖章）
            drop[i] = drop[i + 1] = true;
            i++;
        }
        draft.Lines = lines.Where((_, i) => !drop[i]).ToList();
        base.Run(draft);
    }

    protected override bool IsJunk(LineView line)
    {
        var text = line.Folded;
        if (text.Length > 150 || text.Contains('。')) return false;
        // Inside the text a line may well end with a date ("报名截止时间2020年5月30日"); there a list item must also
        // look like one: a bar, a cut-off title or a bullet.
        var listLike = line.Place != LinePlace.Body || text.Contains('|') || Ellipsis().IsMatch(text) || Bullet().IsMatch(text);
        if (listLike && ChineseDate.EndsWithDate(text, out var date) && NumberingMarker.Parse(text) is null)
        {
            var title = text[..date.Index].TrimEnd(' ', '[', '【', '(', '（', '|', '-', '—', '_');
            if (ChineseText.CountHan(title) >= 4 && !AuthorityShape.LooksLikeAuthority(title) && !title.EndsWith('：') && !title.EndsWith(':')
                && !title.EndsWith("于", StringComparison.Ordinal) && !title.EndsWith("自", StringComparison.Ordinal))
                return true;
        }
        var monthDay = MonthDayEnd().Match(text);
        if (monthDay.Success && line.Place != LinePlace.Body && !Continues(text, monthDay.Index) && ChineseText.CountHan(text.AsSpan(0, monthDay.Index)) >= 6
            && !ChineseText.HasSentencePunctuation(text.AsSpan(0, monthDay.Index)))
            return true;
        var ellipsis = Ellipsis().Match(text);
        if (ellipsis.Success && ChineseText.CountHan(text.AsSpan(0, ellipsis.Index)) >= 4 && !ChineseText.HasSentencePunctuation(text.AsSpan(0, ellipsis.Index)))
            return true;
        if (line.Place != LinePlace.Body && IsLinkRow(text)) return true;
        return line.Place == LinePlace.Tail && Bullet().IsMatch(text) && ChineseText.CountHan(text) >= 4 && !ChineseText.IsProse(text);
    }

    /// <summary>A row of links to other sites: "中国政府网 浙江省人民政府 绍兴市人民政府".</summary>
    private static bool IsLinkRow(string text)
    {
        if (ChineseText.HasSentencePunctuation(text)) return false;
        var pieces = text.Split([' ', '|', '｜'], StringSplitOptions.RemoveEmptyEntries);
        return pieces.Length >= 2 && pieces.All(p => p.Length <= 16)
            && pieces.Any(p => p.EndsWith('网') || p.EndsWith("网站", StringComparison.Ordinal) || p.EndsWith("门户", StringComparison.Ordinal));
    }
}
