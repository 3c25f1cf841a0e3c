using System.Collections.Frozen;

namespace CqoDocs.Core.Import;

/// <summary>What a label of a page's information table or head line stands for.</summary>
internal enum PageField
{
    /// <summary>A label whose value nobody cites: 索引号, 来源, 浏览次数, 字体 …</summary>
    Ignored,
    Title,
    Authority,
    DocNumber,
    Date,
    Published,
    Effective,
    /// <summary>来源: the office that put the text on the page; a last resort for the authority.</summary>
    Source,
}

/// <summary>
/// The labels Chinese government sites and news pages put before metadata (the "信息公开" table of
/// 政府网站发展指引, article heads, meta tags), in Simplified script: fold a Traditional label before lookup.
/// </summary>
internal static class PageInfoLabels
{
    public static readonly FrozenDictionary<string, PageField> Fields = new Dictionary<string, PageField>
    {
        ["标题"] = PageField.Title, ["名称"] = PageField.Title, ["文件名称"] = PageField.Title, ["信息名称"] = PageField.Title,
        ["文号"] = PageField.DocNumber, ["发文字号"] = PageField.DocNumber, ["文件编号"] = PageField.DocNumber,
        ["发文编号"] = PageField.DocNumber, ["字号"] = PageField.DocNumber, ["文件字号"] = PageField.DocNumber,
        ["发文机关"] = PageField.Authority, ["发布机构"] = PageField.Authority, ["发文单位"] = PageField.Authority,
        ["发布单位"] = PageField.Authority, ["制发机关"] = PageField.Authority, ["成文单位"] = PageField.Authority,
        ["发文机构"] = PageField.Authority, ["发布机关"] = PageField.Authority,
        ["成文日期"] = PageField.Date, ["成文时间"] = PageField.Date, ["发文日期"] = PageField.Date,
        ["发文时间"] = PageField.Date, ["印发日期"] = PageField.Date, ["签发日期"] = PageField.Date,
        ["发布日期"] = PageField.Published, ["发布时间"] = PageField.Published, ["公开日期"] = PageField.Published,
        ["公开时间"] = PageField.Published, ["发表时间"] = PageField.Published, ["发表日期"] = PageField.Published,
        ["时间"] = PageField.Published, ["日期"] = PageField.Published, ["更新时间"] = PageField.Published,
        ["信息时间"] = PageField.Published, ["出版日期"] = PageField.Published, ["刊发时间"] = PageField.Published,
        ["生效日期"] = PageField.Effective, ["实施日期"] = PageField.Effective, ["施行日期"] = PageField.Effective,
        ["生效时间"] = PageField.Effective, ["实施时间"] = PageField.Effective,
        ["索引号"] = PageField.Ignored, ["主题分类"] = PageField.Ignored, ["主题词"] = PageField.Ignored,
        ["体裁分类"] = PageField.Ignored, ["组配分类"] = PageField.Ignored, ["服务对象分类"] = PageField.Ignored,
        ["公开方式"] = PageField.Ignored, ["公开范围"] = PageField.Ignored, ["公开形式"] = PageField.Ignored,
        ["有效性"] = PageField.Ignored, ["效力状态"] = PageField.Ignored, ["失效日期"] = PageField.Ignored,
        ["废止日期"] = PageField.Ignored, ["分类"] = PageField.Ignored, ["所属机构"] = PageField.Ignored,
        ["所属主题"] = PageField.Ignored, ["信息分类"] = PageField.Ignored, ["关键词"] = PageField.Ignored,
        ["来源"] = PageField.Source, ["信息来源"] = PageField.Source, ["文章来源"] = PageField.Source,
        ["稿件来源"] = PageField.Source, ["作者"] = PageField.Ignored, ["撰稿"] = PageField.Ignored,
        ["编辑"] = PageField.Ignored, ["责任编辑"] = PageField.Ignored, ["责编"] = PageField.Ignored,
        ["审核"] = PageField.Ignored, ["校对"] = PageField.Ignored, ["供稿"] = PageField.Ignored,
        ["访问量"] = PageField.Ignored, ["访问次数"] = PageField.Ignored, ["浏览次数"] = PageField.Ignored,
        ["浏览量"] = PageField.Ignored, ["阅读量"] = PageField.Ignored, ["阅读数"] = PageField.Ignored,
        ["阅读次数"] = PageField.Ignored, ["点击数"] = PageField.Ignored, ["点击量"] = PageField.Ignored,
        ["点击率"] = PageField.Ignored, ["累计次数"] = PageField.Ignored, ["浏览"] = PageField.Ignored,
        ["阅读"] = PageField.Ignored, ["字体"] = PageField.Ignored, ["字体大小"] = PageField.Ignored,
        ["分享到"] = PageField.Ignored, ["分享"] = PageField.Ignored, ["打印"] = PageField.Ignored,
        ["图片作者"] = PageField.Ignored, ["图片来源"] = PageField.Ignored, ["摄影"] = PageField.Ignored, ["摄像"] = PageField.Ignored,
        ["本文地址"] = PageField.Ignored, ["本文链接"] = PageField.Ignored, ["原文链接"] = PageField.Ignored,
        ["原文地址"] = PageField.Ignored, ["文章地址"] = PageField.Ignored, ["文章链接"] = PageField.Ignored,
        ["转载来源"] = PageField.Source, ["原标题"] = PageField.Ignored, ["摘要"] = PageField.Ignored,
        ["导读"] = PageField.Ignored, ["核心提示"] = PageField.Ignored, ["内容摘要"] = PageField.Ignored, ["新闻来源"] = PageField.Source, ["出处"] = PageField.Ignored,
        ["发稿时间"] = PageField.Published, ["上传时间"] = PageField.Published, ["录入时间"] = PageField.Published,
        ["添加时间"] = PageField.Published, ["人气"] = PageField.Ignored,
        ["来源单位"] = PageField.Source, ["信息提供"] = PageField.Ignored, ["编辑人"] = PageField.Ignored,
        ["发布者"] = PageField.Ignored, ["发布人"] = PageField.Ignored, ["录入"] = PageField.Ignored, ["审稿"] = PageField.Ignored,
        ["终审"] = PageField.Ignored, ["初审"] = PageField.Ignored, ["复审"] = PageField.Ignored,
    }.ToFrozenDictionary();

    /// <summary>Labels a reader sees around any page (not in a document's text): safe to strip wherever they stand.</summary>
    public static readonly FrozenSet<string> Chrome = new[]
    {
        "访问量", "访问次数", "浏览次数", "浏览量", "阅读量", "阅读数", "阅读次数", "点击数", "点击量", "点击率",
        "累计次数", "字体", "字体大小", "分享到", "责任编辑", "责编", "索引号", "主题分类", "体裁分类", "组配分类",
        "服务对象分类", "公开方式", "公开范围", "公开形式", "发布机构", "发布时间", "发布日期", "信息来源", "文章来源", "稿件来源",
        "图片作者", "图片来源", "本文地址", "本文链接", "原文链接", "原文地址", "文章地址", "文章链接", "发稿时间", "人气",
        "发布者", "发布人", "终审", "初审", "复审", "录入时间", "上传时间", "添加时间", "新闻来源", "转载来源",
    }.ToFrozenSet();

    /// <summary>Meta tag names (lower case) that carry page metadata.</summary>
    public static readonly FrozenDictionary<string, PageField> MetaNames = new Dictionary<string, PageField>
    {
        ["articletitle"] = PageField.Title, ["og:title"] = PageField.Title, ["dc.title"] = PageField.Title,
        ["contentsource"] = PageField.Source, ["pubdate"] = PageField.Published, ["publishdate"] = PageField.Published, ["publish_time"] = PageField.Published,
        ["article:published_time"] = PageField.Published, ["dc.date"] = PageField.Published,
        ["dc.date.issued"] = PageField.Published, ["firstpublishedtime"] = PageField.Published,
        ["publishtime"] = PageField.Published, ["firstpublishtime"] = PageField.Published,
        ["filenum"] = PageField.DocNumber, ["wenhao"] = PageField.DocNumber, ["文号"] = PageField.DocNumber,
        ["发文字号"] = PageField.DocNumber, ["成文日期"] = PageField.Date, ["发文机关"] = PageField.Authority,
    }.ToFrozenDictionary();
}
