using System.Text;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Drops the page's controls and labels: "打印 | 关闭", "【字体：大 中 小】", "扫一扫在手机打开当前页",
/// "分享到：", "上一篇：…", "相关阅读", "官方微信公众号", and download links ("座谈会材料.doc"). A short line counts as chrome when, once its
/// control words, brackets and punctuation are taken away, at most two Han characters are left.
/// </summary>
internal sealed partial class PageChromeRemover : LineRemover
{
    /// <summary>Words of web-page furniture in Simplified script, longest first so that longer phrases win.</summary>
    private static readonly string[] ControlWords = new[]
    {
        "在手机打开当前页", "手机打开当前页", "在手机上打开", "扫一扫", "扫描二维码", "二维码", "手机扫码", "手机版", "手机阅读",
        "打印本页", "打印此页", "打印文章", "打印", "列印", "关闭窗口", "关闭本页", "关闭", "分享到", "分享", "转发到", "收藏本页",
        "加入收藏", "收藏", "字体大小", "字体", "字型", "字号", "默认", "放大", "缩小", "返回顶部", "回到顶部", "返回列表", "返回首页",
        "返回", "顶部", "纠错", "我要纠错", "视力保护色", "保护色", "背景色", "朗读", "听全文", "语音播报", "无障碍", "适老模式",
        "繁体", "简体", "繁體", "登录", "注册", "站内搜索", "搜索", "网站地图", "相关附件", "附件下载", "下载附件", "点击下载",
        "相关内容", "相关链接", "相关新闻", "相关阅读", "相关文章", "相关文件", "相关稿件", "相关政策", "相关解读", "延伸阅读",
        "推荐阅读", "热门资讯", "热门文章", "热门推荐", "热点推荐", "热点新闻", "猜你喜欢", "精彩推荐", "精彩图片", "阅读排行",
        "点击排行", "排行榜", "往期回顾", "查看更多", "更多", "官方微信公众号", "官方微信", "官方微博", "微信公众号", "公众号",
        "微信", "微博", "今日头条", "抖音", "浏览次数", "访问量", "浏览量", "阅读量", "阅读数", "点击数", "点击量", "累计次数",
        "评论", "点赞", "责任编辑", "上一页", "下一页", "首页", "尾页", "上一篇", "下一篇", "上一条", "下一条",
    }.OrderByDescending(w => w.Length).ToArray();

    private static readonly string[] LeadingLinks = ["上一篇", "下一篇", "上一条", "下一条", "前一篇", "后一篇", "责任编辑", "【责任编辑", "（责任编辑"];

    [System.Text.RegularExpressions.GeneratedRegex(@"^[（(【\[]?\s*(?:完|全文完|本文完|终)\s*[)）】\]]?$")]
    private static partial System.Text.RegularExpressions.Regex EndMark();

    /// <summary>A download link's text: a file name, perhaps with its size ("座谈会材料.doc", "申报表.xlsx（25KB）").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^。，；]{1,60}\.(?:docx?|pdf|xlsx?|wps|et|dps|pptx?|zip|rar|7z|ofd|jpe?g|png)\s*(?:[（(\[]\s*\d+(?:\.\d+)?\s*[KMG]?B?\s*[)）\]])?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FileLink();

    protected override bool IsJunk(LineView line)
    {
        var text = line.Folded;
        if (text.Length > 80) return false;
        if (FileLink().IsMatch(text)) return true;
        if (text.Length > 60) return false;
        if (EndMark().IsMatch(text)) return true;
        foreach (var lead in LeadingLinks)
        {
            if (text.StartsWith(lead, StringComparison.Ordinal) && !ChineseText.IsProse(text)) return true;
        }
        var rest = new StringBuilder(text);
        var found = false;
        foreach (var word in ControlWords)
        {
            var before = rest.Length;
            rest.Replace(word, " ");
            found |= rest.Length != before || text.Contains(word, StringComparison.Ordinal);
        }
        if (!found) return false;
        var left = rest.ToString();
        // 大 中 小 are font-size buttons only when nothing else is left beside them.
        var han = left.Where(ChineseText.IsHan).ToList();
        if (han.All(c => c is '大' or '中' or '小')) return true;
        return han.Count <= 2 && !ChineseText.HasSentencePunctuation(left);
    }
}
