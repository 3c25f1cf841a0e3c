using CqoDocs.Core.Import;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Tests.Import;

/// <summary>Metadata steps on small notices made for the purpose.</summary>
public class MetadataTests
{
    private static Document Import(string text, string name = "notice.txt") =>
        ImportPipeline.Default.Import(name, System.Text.Encoding.UTF8.GetBytes(text));

    private const string Measures = "第一条 为落实企业质量主体责任，制定本办法。\n第二条 本办法适用于规模以上工业企业。\n";

    [Theory]
    [InlineData("第三条 本办法自2017年1月1日起施行。", "2017-01-01")]
    [InlineData("第三条 本办法自二〇一七年一月一日起实施。", "2017-01-01")]
    [InlineData("第三条 本办法自公布之日起施行。", "2016-03-08")]
    [InlineData("第三条 本办法自发布之日起30日后施行。", "2016-04-07")]
    [InlineData("第三条 本办法自公布之日起三十天后施行。", "2016-04-07")]
    [InlineData("第三条 本办法自印发之日起施行。", "2016-03-01")]
    [InlineData("第三条 本办法自印发之日起3个月后施行。", "2016-06-01")]
    [InlineData("第三条 本办法由市质监局负责解释。", null)]
    public void The_effective_date_follows_the_rule_the_text_states(string article, string? effective)
    {
        var text = "某市企业首席质量官管理办法\n发布日期：2016-03-08\n" + Measures + article + "\n某市人民政府办公室\n2016年3月1日";

        Assert.Equal(effective, Import(text).Effective?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void A_number_quoted_in_the_text_is_not_the_document_number()
    {
        var text = "清远市企业首席质量官管理办法\n第一条 根据《广东省人民政府关于建设质量强省的决定》（粤府〔2013〕96号），制定本办法。\n第二条 本办法适用于本市企业。";

        Assert.Null(Import(text).DocNumber);
    }

    [Fact]
    public void Footer_licence_numbers_are_not_the_document_number()
    {
        var text = "清远市企业首席质量官管理办法\n第一条 为落实企业质量主体责任，制定本办法。\n第二条 本办法适用于本市企业。\n粤ICP备05002158号 粤公网安备44180202000123号";

        Assert.Null(Import(text).DocNumber);
    }

    [Theory]
    [InlineData("某省关于推行首席质量官制度的实施意见", "opinion")]
    [InlineData("某市首席质量官工作指导意见", "opinion")]
    [InlineData("某市企业首席质量官管理办法（试行）", "measures")]
    [InlineData("某市首席质量官制度实施细则", "measures")]
    [InlineData("某市推行首席质量官制度工作方案", "plan")]
    [InlineData("某市企业首席质量官评价规范", "standard")]
    [InlineData("关于开展首席质量官培训的通知", "notice")]
    public void The_kind_follows_the_word_the_title_ends_with(string title, string kind)
    {
        var text = title + "\n某质〔2020〕1号\n" + Measures;

        Assert.Equal(kind, Import(text).Kind.Key());
    }

    [Fact]
    public void A_report_with_a_dateline_and_no_number_is_news()
    {
        var text = "某市首席质量官持证上岗\n本报讯（记者 张三）5月6日，某市举办首席质量官任职培训班，200余名首席质量官参加。\n培训内容涵盖质量法律法规、卓越绩效管理等。";

        var d = Import(text);

        Assert.Equal(DocumentKind.News, d.Kind);
        Assert.Null(d.Authority);
        Assert.All(d.Units, u => Assert.StartsWith("第", u.Label));
    }

    [Fact]
    public void A_short_signature_is_spelled_out_with_the_documents_province()
    {
        var text = "吉林省质量强省联席会议关于印发《首席质量官工作规则》的通知\n各有关单位：\n现将《首席质量官工作规则》印发你们，请认真贯彻执行。\n"
            + "省质量强省联席会议办公室\n2013年9月18日\n首席质量官工作规则\n" + Measures;

        var d = Import(text);

        Assert.Equal("吉林省质量强省联席会议办公室", d.Authority);
        Assert.Equal(new Region("吉林省", null, null), d.Region);
    }

    [Fact]
    public void A_city_government_named_without_its_city_gets_it_and_its_official_name()
    {
        var text = "市政府办公室转发清远质监局关于推行首席质量官制度实施意见的通知\n各县（市、区）人民政府：\n经市政府同意，现将《关于推行首席质量官制度的实施意见》转发给你们，请认真组织实施。\n"
            + "关于推行首席质量官制度的实施意见\n一、指导思想\n以科学发展观为指导，建立健全企业质量信用体系。\n二、工作目标\n到2015年，全面推行首席质量官制度。";

        var d = Import(text);

        Assert.Equal("清远市人民政府办公室", d.Authority);
        Assert.Equal("关于推行首席质量官制度的实施意见", d.Title);
        Assert.Equal(DocumentKind.Opinion, d.Kind);
    }

    [Theory]
    [InlineData("吉林市人民政府办公室", "吉林省", "吉林市")]
    [InlineData("吉林省质量技术监督局", "吉林省", null)]
    [InlineData("海南省市场监督管理局", "海南省", null)]
    [InlineData("延边州市场监督管理局", "吉林省", "延边朝鲜族自治州")]
    public void The_region_comes_from_the_authority_with_its_province_filled_in(string authority, string province, string? city)
    {
        var text = "关于推行首席质量官制度的通知\n" + Measures + authority + "\n2016年3月1日";

        var d = Import(text);

        Assert.Equal(province, d.Region.Province);
        Assert.Equal(city, d.Region.City);
    }

    [Fact]
    public void A_shared_district_name_is_settled_by_the_city_the_document_names()
    {
        var text = "关于推行首席质量官制度的通知\n第一条 南京市各区推行首席质量官制度。\n第二条 本办法适用于本区企业。\n鼓楼区市场监督管理局\n2016年3月1日";

        var d = Import(text);

        Assert.Equal(new Region("江苏省", "南京市", "鼓楼区"), d.Region);
    }

    [Fact]
    public void Traditional_text_is_marked_traditional_and_kept_so()
    {
        var text = "關於推行首席質量官制度的實施意見\n一、指導思想\n以科學發展觀為指導，建立健全企業質量信用體系。\n二、工作目標\n到2015年，全面推行首席質量官制度。";

        var d = Import(text);

        Assert.Equal(Script.Traditional, d.Script);
        Assert.Equal("指導思想", d.FindUnit("一")!.Heading);
    }

    [Fact]
    public void Ids_read_place_year_kind_and_are_valid_file_names()
    {
        var text = "清远市企业首席质量官管理办法\n" + Measures + "清远市人民政府办公室\n2016年3月1日";

        var d = Import(text);

        Assert.Equal("清远-2016-measures", d.Id);
        Assert.DoesNotContain(d.Id, c => Path.GetInvalidFileNameChars().Contains(c) || c == ' ');
    }

    [Theory]
    [InlineData("某縣全面推行首席質量官制度實施方案")]
    [InlineData("某县推行企业首席质量官制度实施方案")]
    public void A_plan_titled_with_a_verb_but_numbered_in_sections_and_items_is_a_plan_not_news(string title)
    {
        var text = title + "\n一、工作目標\n到2025年，規模以上企業普遍設立首席質量官。\n二、任職條件\n（一）具有大專以上學歷。\n（二）從事質量管理工作三年以上。\n三、保障措施\n各部門要加強協作。";

        Assert.Equal(DocumentKind.Plan, Import(text).Kind);
    }

    [Theory]
    [InlineData("云杉市企业首席质量官管理办法", "云杉-2024-measures")]
    [InlineData("关于白桦县推行首席质量官制度的实施意见", "白桦-2024-opinion")]
    [InlineData("企业首席质量官管理办法", "企业首席质量-2024-measures")]
    public void A_place_the_gazetteer_does_not_know_still_names_the_id_when_the_title_starts_with_it(string title, string id)
    {
        var text = title + "\n" + Measures + "\n2024年3月1日";

        Assert.Equal(id, Import(text).Id);
    }

    [Fact]
    public void A_report_on_a_standard_is_news_not_a_standard()
    {
        var text = "苏浙皖赣沪共同发布《首席质量官评价规范》\n本报讯（记者 张三）9月7日，苏浙皖赣沪市场监管局共同发布《首席质量官评价规范》地方标准。\n该规范设定了6项一级指标、16项二级指标。";

        Assert.Equal(DocumentKind.News, Import(text).Kind);
    }

    [Fact]
    public void A_reports_date_is_its_publication_date_and_the_dateline_only_stands_in_without_one()
    {
        const string body = "\n本报讯（记者 张三）9月7日，2023年质量月活动启动，首席质量官代表参加。\n活动持续一个月。";

        Assert.Equal(new DateOnly(2023, 9, 8), Import("质量月活动启动\n2023-09-08 10:00" + body).Date);
        Assert.Equal(new DateOnly(2023, 9, 7), Import("质量月活动启动" + body).Date);
    }

    [Fact]
    public void Without_signature_mark_or_issuer_the_pages_source_office_is_the_authority()
    {
        var text = "关于开展首席质量官培训的通知\n发布时间：2019-05-08 来源：市市场监督管理局 浏览次数：12\n各有关企业：\n"
            + "为提升清远市企业首席质量官履职能力，现就培训有关事项通知如下：\n一、培训对象\n规模以上工业企业首席质量官。\n二、培训时间\n2019年6月。";

        var d = Import(text);

        Assert.Equal("清远市市场监督管理局", d.Authority);
        Assert.Equal(new DateOnly(2019, 5, 8), d.Published);
    }

    [Fact]
    public void Labels_above_the_text_give_number_and_dates_even_with_values_on_their_own_lines()
    {
        var text = "湖南省人民政府办公厅关于推行首席质量官制度的通知\n发文字号：\n湘政办发[2016]15号\n成文日期：\n2016年03月01日\n发布日期：2016-03-04\n"
            + "各市州人民政府：\n为落实企业质量主体责任，现就推行首席质量官制度通知如下：\n一、工作目标\n到2020年全面推行。\n二、工作措施\n加强组织领导。";

        var d = Import(text);

        Assert.Equal("湘政办发〔2016〕15号", d.DocNumber);
        Assert.Equal(new DateOnly(2016, 3, 1), d.Date);
        Assert.Equal(new DateOnly(2016, 3, 4), d.Published);
        Assert.Equal("湖南省人民政府办公厅", d.Authority);
    }

    [Fact]
    public void A_national_bodys_document_has_no_region_whatever_places_it_names()
    {
        var text = "市场监管总局关于开展企业首席质量官制度试点工作的通知\n各省、自治区、直辖市市场监管局：\n"
            + "为总结浙江省、江苏省推行首席质量官制度的经验，现就试点工作通知如下：\n一、试点范围\n在全国选择10个城市开展试点。\n二、工作要求\n各地要加强组织领导。\n"
            + "国家市场监督管理总局\n2019年5月1日";

        var d = Import(text);

        Assert.Equal("国家市场监督管理总局", d.Authority);
        Assert.Equal(Region.None, d.Region);
        Assert.StartsWith("全国-2019", d.Id);
    }
}
