using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Structure;

/// <summary>
/// Sets aside the lines between the title and the text that belong to no unit: bracketed notes (（试行）,
/// (南通质监局 2010年3月), "（2019年3月1日…常务会议通过）"), a number, bylines, a lone short word left from the
/// page head, a title in another language, the issuing body's name ("浙江省市场监督管理局 发布"), and the
/// addressee (主送机关: "各县（市、区）人民政府，市直有关单位："). A short note such as （试行） completes the title.
/// </summary>
internal sealed partial class LeadingNotesCollector : IImportStep
{
    [GeneratedRegex(@"\s*(?:发布|印发|联合发布|文件)$")]
    private static partial Regex IssuedBySuffix();

    [GeneratedRegex(@"^(?:各|全市|全省|全县|全区|市直|省直|区直|县直|市|省|县|区)?[^。；]{0,120}(?:人民政府|政府|部门|单位|机构|委员会|管委会|企业|局|厅|委|办|院|会|公司)[^。；]{0,30}[：:]$")]
    private static partial Regex Addressee();

    public void Run(ImportDraft draft)
    {
        var layout = draft.Layout;
        var lines = layout.Body;
        while (lines.Count > 0)
        {
            var folded = ScriptTable.Default.ToSimplified(lines[0]).Trim();
            if (layout.Addressee is null && IsAddressee(folded))
            {
                layout.Addressee = lines[0];
            }
            else if (IsBracketedNote(folded))
            {
                if (layout.Title is not null && ChineseText.CountHan(folded) <= 6 && !folded.Any(char.IsAsciiDigit))
                    layout.Title += lines[0];
                else
                    layout.Subtitles.Add(lines[0]);
            }
            else if (IsNote(folded))
            {
                layout.Subtitles.Add(lines[0]);
            }
            else
            {
                return;
            }
            lines.RemoveAt(0);
        }
    }

    public static bool IsAddressee(string folded) =>
        folded.Length <= 160 && Addressee().IsMatch(folded) && !folded.StartsWith("为", StringComparison.Ordinal)
        && NumberingMarker.Parse(folded) is null;

    private static bool IsNote(string folded)
    {
        if (NumberingMarker.Parse(folded) is not null || UnitParser.PreambleNames.Contains(folded)) return false;
        return DocumentNumberPattern.WholeLineNumber(folded) is not null
            || Byline.IsByline(folded)
            || !ChineseText.IsProse(folded) && folded.Length <= 12
            || ChineseText.CountHan(folded) == 0
            || AuthorityShape.LooksLikeAuthorities(IssuedBySuffix().Replace(folded, ""));
    }

    private static bool IsBracketedNote(string folded) =>
        folded.Length >= 3 && folded[0] is '（' or '(' && folded[^1] is '）' or ')'
        && folded.IndexOfAny(['）', ')']) == folded.Length - 1;
}
