using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Drops lists of other articles: a title followed by its date ("…质量月活动精彩纷呈2024-09-27",
/// "关于开展…的通知 [2016-03-01]"), a cut-off title ("…卓越质量管理助..."), and bullet items below the text.
/// A line of a notice never ends with a bare date after a title; a signature line ("…办公室 2016年3月1日")
/// is recognised by its authority name and kept.
/// </summary>
internal sealed partial class RelatedListRemover : LineRemover
{
    [GeneratedRegex(@"(?:\.{3,}|…+)")]
    private static partial Regex Ellipsis();

    [GeneratedRegex(@"^[·•●◆◇▪▫►▶■□○◎※\-–—*]+\s*")]
    private static partial Regex Bullet();

    protected override bool IsJunk(LineView line)
    {
        var text = line.Folded;
        if (text.Length > 150 || text.Contains('。')) return false;
        if (ChineseDate.EndsWithDate(text, out var date))
        {
            var title = text[..date.Index].TrimEnd(' ', '[', '【', '(', '（', '|', '-', '—', '_');
            if (ChineseText.CountHan(title) >= 4 && !AuthorityShape.LooksLikeAuthority(title) && !title.EndsWith('：') && !title.EndsWith(':')
                && !title.EndsWith("于", StringComparison.Ordinal) && !title.EndsWith("自", StringComparison.Ordinal))
                return true;
        }
        var ellipsis = Ellipsis().Match(text);
        if (ellipsis.Success && ChineseText.CountHan(text.AsSpan(0, ellipsis.Index)) >= 4 && !ChineseText.HasSentencePunctuation(text.AsSpan(0, ellipsis.Index)))
            return true;
        return line.Place == LinePlace.Tail && Bullet().IsMatch(text) && ChineseText.CountHan(text) >= 4 && !ChineseText.IsProse(text);
    }
}
