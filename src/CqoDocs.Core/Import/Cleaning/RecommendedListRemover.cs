using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Drops a list of other articles together with its heading: "相关阅读", "新闻推荐", "猜你喜欢", "上一篇："
/// followed by titles. A heading is a line that is nothing but such a word (brackets, colons and "更多" around
/// it allowed); the titles under it are the short lines that follow until a line of prose, a numbered unit or
/// a line that closes a sentence. Titles sharing the heading's line ("上一篇：某某会议召开") go with it.
/// </summary>
internal sealed partial class RecommendedListRemover : IImportStep
{
    private const int MaxItem = 80;

    [GeneratedRegex(@"^[\s【\[（(<《]*(?:相关(?:阅读|新闻|文章|链接|内容|稿件|报道|资讯|信息|政策|解读|专题|文件|附件|下载)|延伸阅读|推荐阅读|推荐新闻|新闻推荐|为您推荐|热点推荐|热门推荐|热门文章|热门资讯|热点新闻|热点资讯|精彩推荐|精彩图片|图片新闻|猜你喜欢|你可能(?:还)?(?:感兴趣|喜欢)(?:的(?:文章|内容|新闻))?|您可能(?:还)?(?:感兴趣|喜欢)(?:的(?:文章|内容|新闻))?|往期回顾|阅读排行|点击排行|排行榜|最新(?:文章|资讯|动态|新闻)|上一篇|下一篇|上一条|下一条|前一篇|后一篇)[\s】\]）)>》]*(?:[:：].*)?(?:更多\s*(?:>>|»|>)?)?$")]
    private static partial Regex Heading();

    public void Run(ImportDraft draft)
    {
        var lines = draft.Lines;
        var kept = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var folded = ScriptTable.Default.ToSimplified(lines[i]).Trim();
            if (folded.Length > MaxItem || !Heading().IsMatch(folded) || ChineseText.IsProse(folded))
            {
                kept.Add(lines[i]);
                continue;
            }
            while (i + 1 < lines.Count && IsItem(ScriptTable.Default.ToSimplified(lines[i + 1]).Trim())) i++;
        }
        draft.Lines = kept;
    }

    /// <summary>A title in a list: short, closing no sentence, opening no unit.</summary>
    private static bool IsItem(string folded)
    {
        if (folded.Length == 0 || folded.Length > MaxItem) return false;
        if (Heading().IsMatch(folded)) return true;
        if (ChineseText.IsTerminal(folded[^1]) && folded[^1] is not '…' || folded.Contains('。')) return false;
        if (Structure.NumberingMarker.Parse(folded) is not null) return false;
        return !ChineseText.IsProse(folded, 30);
    }
}
