using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Structure;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Metadata;

/// <summary>
/// 成文日期 and 发布日期. The date is the one stated as 成文日期 on the page, else the date under the
/// cover's signature, else under the body's, else the publication date, else (a report whose page gives no
/// date) the dateline's "9月7日" with a year its first sentence names; a dateline without one gives no date. The publication date is what the page head
/// says (发布时间, a time stamp); it is left empty when the page does not say.
/// </summary>
internal sealed partial class DateExtractor : IImportStep
{
    [GeneratedRegex(@"(?<![\d年])(\d{1,2})月(\d{1,2})日")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"((?:19|20)\d{2})年")]
    private static partial Regex Year();

    public void Run(ImportDraft draft)
    {
        var layout = draft.Layout;
        draft.Published = draft.Page.Published;
        draft.Date = draft.Page.Date ?? layout.CoverSignature?.Date ?? layout.Signature?.Date
            ?? draft.Published ?? DatelineDate(draft);
    }

    /// <summary>"中国消费者报上海讯（记者刘浩）9月7日，2023年全国…": month and day from the dateline, the year from its sentence.</summary>
    private static DateOnly? DatelineDate(ImportDraft draft)
    {
        var first = draft.Units.FirstOrDefault(u => u.Kind == UnitKind.Paragraph);
        if (first is null) return null;
        var text = ScriptTable.Default.ToSimplified(first.Text);
        var dateline = Byline.DatelineLength(text);
        var m = MonthDay().Match(text, dateline);
        if (!m.Success || m.Index > dateline + 12) return null;
        // The year must belong to the same sentence ("9月7日，2023年全国质量月…"); one named elsewhere may be any year.
        var end = text.IndexOfAny(['。', '！', '？'], m.Index);
        var sentence = text[..(end < 0 ? text.Length : end)];
        var year = Year().Matches(sentence).Select(y => int.Parse(y.Groups[1].Value)).FirstOrDefault();
        if (year == 0) return null;
        var (month, day) = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }
}
