using System.Text;
using CqoDocs.Core.Import;
using CqoDocs.Core.Import.Decoding;

namespace CqoDocs.Core.Tests.Import;

public class HtmlTextExtractorTests
{
    private static ImportDraft Extract(string html)
    {
        var draft = new ImportDraft("page.html", Encoding.UTF8.GetBytes(html), html: true);
        new TextDecoder().Run(draft);
        new HtmlTextExtractor().Run(draft);
        return draft;
    }

    [Fact]
    public void Blocks_become_lines_and_br_breaks_a_line()
    {
        var draft = Extract("<body><div><p>第一条 为落实<b>企业</b>质量主体责任。</p><p>第二条 本办法<br>所称首席质量官</p></div></body>");

        Assert.Equal(["第一条 为落实企业质量主体责任。", "第二条 本办法", "所称首席质量官"], draft.Lines.Where(l => l.Trim().Length > 0));
    }

    [Fact]
    public void Scripts_styles_forms_and_hidden_elements_leave_no_text()
    {
        var draft = Extract("<head><style>p{}</style><script>var a='广告';</script></head><body><p>正文</p>"
            + "<form><input value='搜索'><button>搜索</button></form><div style='display:none'>隐藏</div><noscript>请启用脚本</noscript></body>");

        Assert.Equal(["正文"], draft.Lines.Where(l => l.Trim().Length > 0));
    }

    [Fact]
    public void Navigation_site_header_footer_and_share_bars_are_dropped_by_element_and_class_names()
    {
        var draft = Extract("<body><nav>首页 新闻</nav><div class='header'>某市人民政府门户网站</div><div id='breadcrumb'>首页 &gt; 通知</div>"
            + "<div class='article'><p>第一条 为落实企业质量主体责任，推动企业建立首席质量官制度，提升企业质量管理水平，制定本办法。</p></div>"
            + "<div class='bdsharebuttonbox'>分享到</div><div class='footer'>版权所有</div></body>");

        Assert.Equal(["第一条 为落实企业质量主体责任，推动企业建立首席质量官制度，提升企业质量管理水平，制定本办法。"], draft.Lines.Where(l => l.Trim().Length > 0));
    }

    [Fact]
    public void An_element_holding_most_of_the_text_is_kept_whatever_its_class_says()
    {
        var draft = Extract("<body><div class='nav-wrapper'><p>第一条 为落实企业质量主体责任，制定本办法。</p><p>第二条 首席质量官由企业聘任。</p></div></body>");

        Assert.Equal(2, draft.Lines.Count(l => l.StartsWith('第')));
    }

    [Fact]
    public void The_information_table_goes_to_page_metadata_and_leaves_the_text()
    {
        var draft = Extract("<body><table><tr><td>索引号：</td><td>0023/2018-1</td><td>发文机关：</td><td>湖州市人民政府办公室</td></tr>"
            + "<tr><td>成文日期：</td><td>2018年07月16日</td><td>发文字号</td><td>湖政办发[2018]45号</td></tr>"
            + "<tr><td>发布日期：2018-07-20</td><td>生效日期：2018-09-01</td></tr></table><p>正文</p></body>");

        Assert.Equal("湖州市人民政府办公室", draft.Page.Authority);
        Assert.Equal("湖政办发〔2018〕45号", draft.Page.DocNumber);
        Assert.Equal(new DateOnly(2018, 7, 16), draft.Page.Date);
        Assert.Equal(new DateOnly(2018, 7, 20), draft.Page.Published);
        Assert.Equal(new DateOnly(2018, 9, 1), draft.Page.Effective);
        Assert.Equal(["正文"], draft.Lines.Where(l => l.Trim().Length > 0));
    }

    [Fact]
    public void A_table_that_is_text_stays_text()
    {
        var draft = Extract("<body><table><tr><td>序号</td><td>企业名称</td></tr><tr><td>1</td><td>某某公司</td></tr></table></body>");

        Assert.Equal(["序号 │ 企业名称", "1 │ 某某公司"], draft.Lines.Where(l => l.Trim().Length > 0));
    }

    [Fact]
    public void Meta_tags_give_the_title_and_publication_date()
    {
        var draft = Extract("<head><title>站点名称</title><meta name='ArticleTitle' content='关于推行首席质量官制度的通知'><meta name='PubDate' content='2016-03-08 07:17'></head><body><p>正文</p></body>");

        Assert.Equal("关于推行首席质量官制度的通知", draft.Page.Title);
        Assert.Equal(new DateOnly(2016, 3, 8), draft.Page.Published);
    }

    [Fact]
    public void Without_meta_tags_the_title_is_the_longest_part_of_the_title_element()
    {
        var draft = Extract("<head><title>关于推行企业首席质量官制度的实施意见_某市人民政府门户网站</title></head><body><p>正文</p></body>");

        Assert.Equal("关于推行企业首席质量官制度的实施意见", draft.Page.Title);
    }

    [Fact]
    public void A_site_name_in_an_h1_is_not_the_title()
    {
        var draft = Extract("<head><title>市政府关于推行首席质量官制度的通知_某市人民政府门户网站</title></head><body><h1>某市人民政府门户网站</h1><h2>某市人民政府关于推行首席质量官制度的通知</h2><p>正文</p></body>");

        Assert.Equal("某市人民政府关于推行首席质量官制度的通知", draft.Page.Title);
    }

    [Fact]
    public void A_news_headline_is_the_heading_the_title_element_repeats()
    {
        var draft = Extract("<head><title>宁波：首席质量官持证上岗 - 中国质量新闻网</title></head><body><h1>中国质量新闻网</h1><h1>宁波：首席质量官持证上岗</h1><p>正文</p></body>");

        Assert.Equal("宁波：首席质量官持证上岗", draft.Page.Title);
    }

    [Fact]
    public void A_layout_table_holding_paragraphs_gives_each_cell_its_lines()
    {
        var draft = Extract("<body><table><tr><td>当前位置：首页</td><td><p>第一条 为落实企业质量主体责任，制定本办法。</p><p>第二条 本办法适用于本市企业。</p></td></tr></table></body>");

        Assert.Equal(["当前位置：首页", "第一条 为落实企业质量主体责任，制定本办法。", "第二条 本办法适用于本市企业。"], draft.Lines.Where(l => l.Trim().Length > 0));
    }

    [Fact]
    public void An_articles_head_named_head_keeps_its_title_and_date()
    {
        var draft = Extract("<head><title>关于推行首席质量官制度的通知_某市政府网</title></head><body><div class='site-header'>某市人民政府门户网站</div>"
            + "<div class='content-head'><div class='tt'>关于推行首席质量官制度的通知</div><div class='attr'>发布时间：2016-03-08</div></div>"
            + "<div class='content'><p>各有关单位：为落实企业质量主体责任，推动企业建立首席质量官制度，现通知如下。</p></div></body>");

        Assert.Equal(["关于推行首席质量官制度的通知", "发布时间：2016-03-08", "各有关单位：为落实企业质量主体责任，推动企业建立首席质量官制度，现通知如下。"],
            draft.Lines.Where(l => l.Trim().Length > 0));
    }
}
