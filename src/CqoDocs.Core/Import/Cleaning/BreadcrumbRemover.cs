using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Drops breadcrumb trails: "您当前的位置：首页 > 政务公开 > 决策公开", "首页 » 新闻 » 通知公告" — short
/// segments joined by arrows, without sentence punctuation, or a line introduced as the reader's position.
/// </summary>
internal sealed partial class BreadcrumbRemover : LineRemover
{
    [GeneratedRegex(@"\s*(?:>>|[>›»→＞＞>]|&gt;)\s*")]
    private static partial Regex Arrow();

    [GeneratedRegex(@"^(?:您?(?:当前|现在|所在)?的?位置|当前页面|所在栏目)\s*[:：]")]
    private static partial Regex PositionLabel();

    protected override bool IsJunk(LineView line)
    {
        var text = line.Folded;
        if (text.Length > 120 || ChineseText.HasSentencePunctuation(text.Replace("，", ""))) return false;
        if (PositionLabel().IsMatch(text)) return true;
        var segments = Arrow().Split(text);
        // Two steps suffice above the text ("首页 > 通知公告"); below it, a trail needs three.
        if (segments.Length < (line.Place == LinePlace.Head ? 2 : 3)) return false;
        return segments.All(s => s.Trim().Length is > 0 and <= 16 && !s.Contains('。'));
    }
}
