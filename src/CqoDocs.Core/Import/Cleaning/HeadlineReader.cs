using CqoDocs.Core.Import.Structure;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Finds a headline by what stands under it: a line followed by the page's date or source line
/// ("2025-02-27 14:29:00 中国质量报", "发布时间：… 浏览次数：…", "【信息来源】…") is the page's title, whatever its
/// length and even with commas and quotes in it. It becomes the page's title when the page named none, so that
/// later steps neither glue it to the first paragraph nor take it for prose. Site names, office names, dates
/// and label lines are no headlines.
/// </summary>
internal sealed class HeadlineReader : IImportStep
{
    /// <summary>How far down the page a headline may stand.</summary>
    private const int Reach = 20;

    public void Run(ImportDraft draft)
    {
        if (draft.Page.Title is not null) return;
        var lines = draft.Lines;
        var n = Math.Min(lines.Count - 1, Reach);
        for (var i = 0; i < n; i++)
        {
            var folded = ScriptTable.Default.ToSimplified(lines[i]).Trim();
            // The text has begun: a headline never holds a full stop, nor ends like an addressee or lead-in.
            if (ChineseText.IsProse(folded) && (folded.Contains('。') || folded[^1] is '：' or ':' or '；')) return;
            if (!IsHeadline(folded)) continue;
            if (PageInfoLineReader.Pairs(folded, out var start) is { } own && start > 0 && own.Any(p => IsDateField(p.Label)))
            {
                PageInfoRecorder.Offer(draft.Page, PageField.Title, lines[i][..start].Trim());
                return;
            }
            // The date line may stand right under it, or under a byline or subtitle.
            for (var k = i + 1; k < Math.Min(lines.Count, i + 3); k++)
            {
                var below = ScriptTable.Default.ToSimplified(lines[k]).Trim();
                if (IsDateLine(below))
                {
                    PageInfoRecorder.Offer(draft.Page, PageField.Title, Headline(lines[i]));
                    return;
                }
                if (!Byline.IsByline(below)) break;
            }
        }
    }

    private static string Headline(string line) => line.Trim();

    private static bool IsDateField(string label) => PageInfoLabels.Fields[label] is PageField.Published or PageField.Date or PageField.Source;

    public static bool IsHeadline(string folded)
    {
        var han = ChineseText.CountHan(folded);
        if (han < 6 || folded.Length > 160 || han * 2 < folded.Length) return false;
        if (folded[^1] is '。' or '；' or '：' or ':' or ';' or '，') return false;
        if (NumberingMarker.Parse(folded) is not null || Byline.IsByline(folded) || TitleShape.IsMasthead(folded)) return false;
        if (AuthorityShape.LooksLikeAuthorities(folded) || DocumentNumberPattern.WholeLineNumber(folded) is not null) return false;
        if (folded.IndexOfAny(['>', '»', '›', '|', '｜']) >= 0) return false;
        if (PageInfoLineReader.Pairs(folded, out var start) is not null && start == 0) return false;
        return ChineseDate.FindAll(folded).FirstOrDefault().Length == 0 || PageInfoLineReader.Pairs(folded, out _) is not null;
    }

    /// <summary>A time stamp, or label/value pairs that name a date or a source.</summary>
    private static bool IsDateLine(string folded)
    {
        if (folded.Length > 200) return false;
        if (ChineseDate.Whole(folded) is not null) return true;
        if (PageInfoLineReader.Pairs(folded) is { } pairs)
            return pairs.Any(p => IsDateField(p.Label));
        var first = ChineseDate.FindAll(folded).FirstOrDefault();
        return first.Length > 0 && first.Index <= 2 && !ChineseText.HasSentencePunctuation(folded) && folded.Length <= 60;
    }
}
