using CqoDocs.Core.Import;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Tests.Import;

/// <summary>How the body is cut into units, and which units get a heading.</summary>
public class StructureTests
{
    private static Document Import(string text) => ImportPipeline.Default.Import("notice.txt", System.Text.Encoding.UTF8.GetBytes(text));

    private static string Labels(Document d) => string.Join(" ", d.Units.Select(u => u.Label));

    [Fact]
    public void Items_inside_an_article_stay_in_its_text_one_paragraph_each()
    {
        var d = Import("某市首席质量官管理办法\n第一条 为落实企业质量主体责任，制定本办法。\n第二条 首席质量官履行下列职责：\n（一）组织制定质量战略；\n（二）建立质量管理体系。\n第三条 本办法自发布之日起施行。");

        Assert.Equal("第一条 第二条 第三条", Labels(d));
        Assert.Equal("首席质量官履行下列职责：\n（一）组织制定质量战略；\n（二）建立质量管理体系。", d.FindUnit("第二条")!.Text);
        Assert.Null(d.FindUnit("第二条")!.Heading);
    }

    [Fact]
    public void Items_inside_an_opinions_section_are_units_of_their_own_nested_in_it()
    {
        var d = Import("某市关于推行首席质量官制度的实施意见\n为落实企业质量主体责任，现提出如下意见。\n一、主要内容\n（一）首席质量官岗位设置。鼓励企业设立首席质量官岗位。\n（二）首席质量官任职条件。具有良好的职业道德。\n二、工作措施\n（一）加强组织领导。各地要高度重视。");

        Assert.Equal("序言 一 一（一） 一（二） 二 二（一）", Labels(d));
        Assert.Equal([1, 1, 2, 2, 1, 2], d.Units.Select(u => u.Depth));
        Assert.Equal("首席质量官任职条件", d.FindUnit("一（二）")!.Heading);
        Assert.Equal("具有良好的职业道德。", d.FindUnit("一（二）")!.Text);
        Assert.Equal("主要内容", d.FindUnit("一")!.Heading);
        Assert.Equal("", d.FindUnit("一")!.Text);
    }

    [Fact]
    public void The_last_item_of_a_list_of_sentences_keeps_its_text_when_a_closing_paragraph_follows()
    {
        var d = Import("某县首席质量官制度实施方案\n一、工作目标\n到2025年，规模以上企业普遍设立首席质量官。\n二、任职条件\n（一）具有大专以上学历；\n（二）从事质量管理工作三年以上；\n（三）参加首席质量官任职培训并取得证书\n企业应当将首席质量官名单报县市场监管局备案。");

        var last = d.FindUnit("二（三）")!;
        Assert.Null(last.Heading);
        Assert.StartsWith("参加首席质量官任职培训并取得证书", last.Text);
        Assert.Null(d.FindUnit("二（一）")!.Heading);
    }

    [Fact]
    public void Items_that_are_all_headings_keep_them()
    {
        var d = Import("某市关于推行首席质量官制度的实施意见\n一、工作措施\n（一）加强组织领导\n各地要高度重视。\n（二）强化培训服务\n各地要组织任职培训。");

        Assert.Equal("加强组织领导", d.FindUnit("一（一）")!.Heading);
        Assert.Equal("强化培训服务", d.FindUnit("一（二）")!.Heading);
    }

    [Fact]
    public void Articles_inside_chapters_are_nested_and_keep_their_document_wide_labels()
    {
        var d = Import("某市首席质量官管理办法\n第一章 总则\n第一条 为落实企业质量主体责任，制定本办法。\n第二章 职责\n第二条 首席质量官组织制定质量战略。");

        Assert.Equal("第一章 第一条 第二章 第二条", Labels(d));
        Assert.Equal([1, 2, 1, 2], d.Units.Select(u => u.Depth));
        Assert.Equal("职责", d.FindUnit("第二章")!.Heading);
    }

    [Fact]
    public void Labels_stay_unique_when_articles_restart_in_each_chapter()
    {
        var d = Import("某市首席质量官管理办法\n第一章 总则\n第一条 为落实企业质量主体责任，制定本办法。\n第二条 本办法适用于本市。\n第二章 职责\n第一条 首席质量官组织制定质量战略。\n第二条 首席质量官建立质量管理体系。");

        Assert.Equal("第一章 第一条 第二条 第二章 第二章第一条 第二章第二条", Labels(d));
        Assert.DoesNotContain(d.Units, u => u.Label.Contains(' '));
    }

    [Fact]
    public void A_reference_to_an_article_inside_the_text_does_not_open_a_unit()
    {
        var d = Import("某市首席质量官管理办法\n第一条 为落实企业质量主体责任，制定本办法。\n第二条 违反本办法规定的，依照\n第一条的规定处理。\n第三条 本办法自发布之日起施行。");

        Assert.Equal("第一条 第二条 第三条", Labels(d));
    }

    [Fact]
    public void A_bracketed_caption_after_an_article_label_is_its_heading()
    {
        var d = Import("某市首席质量官管理办法\n第一条【目的依据】为落实企业质量主体责任，制定本办法。\n第二条（适用范围）本办法适用于本市企业。");

        Assert.Equal("目的依据", d.FindUnit("第一条")!.Heading);
        Assert.Equal("适用范围", d.FindUnit("第二条")!.Heading);
        Assert.Equal("本办法适用于本市企业。", d.FindUnit("第二条")!.Text);
    }

    [Fact]
    public void A_lead_in_that_announces_a_list_is_not_a_heading()
    {
        var d = Import("某市推行首席质量官制度工作方案\n一、工作任务\n（一）首席质量官应当履行下列职责：\n1.组织制定质量战略；\n2.建立质量管理体系。\n（二）加强培训。每年组织两期任职培训。");

        Assert.Null(d.FindUnit("一（一）")!.Heading);
        Assert.Equal("加强培训", d.FindUnit("一（二）")!.Heading);
    }

    [Fact]
    public void News_paragraphs_are_units_numbered_in_order()
    {
        var d = Import("某区首席质量官持证上岗\n本报讯（记者 张三）5月6日，某区举办首席质量官任职培训班。\n培训内容涵盖质量法律法规、卓越绩效管理等。\n下一步，该区将把首席质量官履职情况纳入企业质量信用评价。");

        Assert.Equal("第1段 第2段 第3段", Labels(d));
    }

    [Fact]
    public void A_standard_is_cut_at_its_numbered_clauses()
    {
        var d = Import("首席质量官评价规范\n1 范围\n本文件规定了首席质量官评价的要求。\n4 基本要求\n4.1 首席质量官应具有良好的职业道德。\n4.1.1 首席质量官应遵守法律法规。\n4.2 首席质量官应具有大专及以上学历。");

        Assert.Equal("1 4 4.1 4.1.1 4.2", Labels(d));
        Assert.Equal([1, 1, 2, 2, 2], d.Units.Select(u => u.Depth));
        Assert.Equal("基本要求", d.FindUnit("4")!.Heading);
    }

    [Fact]
    public void The_cover_of_an_issued_document_is_no_unit_of_it()
    {
        var d = Import("某市人民政府办公室关于印发《某市首席质量官管理办法》的通知\n某府办〔2016〕5号\n各县（市、区）人民政府：\n《某市首席质量官管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。\n某市人民政府办公室\n2016年3月1日\n某市首席质量官管理办法\n第一条 为落实企业质量主体责任，制定本办法。\n第二条 本办法适用于本市企业。");

        Assert.Equal("某市首席质量官管理办法", d.Title);
        Assert.Equal("第一条 第二条", Labels(d));
        Assert.Equal("某府办〔2016〕5号", d.DocNumber);
        Assert.Equal(new DateOnly(2016, 3, 1), d.Date);
        Assert.Equal("某市人民政府办公室", d.Authority);
    }

    [Fact]
    public void A_page_holding_only_the_cover_keeps_the_attached_title_and_the_covers_text()
    {
        var d = Import("某市人民政府办公室关于印发《某市首席质量官管理办法》的通知\n各县（市、区）人民政府：\n《某市首席质量官管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。\n某市人民政府办公室\n2016年3月1日");

        Assert.Equal("某市首席质量官管理办法", d.Title);
        Assert.Equal(DocumentKind.Measures, d.Kind);
        Assert.Single(d.Units);
    }

    [Fact]
    public void A_short_phrase_before_a_colon_is_the_heading()
    {
        var d = Import("某市推行首席质量官制度工作方案\n一、工作目标：到2020年，全市规模以上工业企业全面推行首席质量官制度。\n二、工作措施：加强组织领导，强化宣传引导。");

        Assert.Equal("工作目标", d.FindUnit("一")!.Heading);
        Assert.Equal("到2020年，全市规模以上工业企业全面推行首席质量官制度。", d.FindUnit("一")!.Text);
    }

    [Fact]
    public void A_papers_name_above_a_report_is_not_its_headline()
    {
        var d = Import("中国市场监管报\n首席质量官持证上岗助力企业提质增效\n本报讯（记者 张三）5月6日，某区举办首席质量官任职培训班。\n培训内容涵盖质量法律法规等。");

        Assert.Equal("首席质量官持证上岗助力企业提质增效", d.Title);
    }
}
