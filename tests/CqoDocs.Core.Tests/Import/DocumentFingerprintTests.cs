using CqoDocs.Core.Import;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Tests.Import;

public class DocumentFingerprintTests
{
    private static Document Import(string text, string name = "page.txt") =>
        ImportPipeline.Default.Import(name, System.Text.Encoding.UTF8.GetBytes(text));

    private const string Report = "某市推行企业首席质量官制度\n发布时间：2023-05-12\n"
        + "为提升企业质量管理水平，某市市场监督管理局决定在全市规模以上工业企业推行首席质量官制度。\n"
        + "首席质量官由企业高级管理人员担任，全面负责企业质量管理工作，对产品质量行使一票否决权。\n"
        + "下一步，该局将组织首席质量官培训，并把履职情况纳入企业质量信用档案。\n";

    [Fact]
    public void The_same_report_from_two_sites_has_the_same_fingerprint()
    {
        var mirror = "首页 > 新闻 > 地方动态\n" + Report.Replace("发布时间：2023-05-12", "2023-05-13 09:00 来源：某某网") + "上一篇：质量月活动启动\n版权所有 某某网\n";

        Assert.Equal(DocumentFingerprint.Of(Import(Report)), DocumentFingerprint.Of(Import(mirror, "mirror.txt")));
    }

    [Fact]
    public void A_Traditional_copy_has_the_same_fingerprint()
    {
        var traditional = "某市推行企業首席質量官制度\n發布時間：2023-05-12\n"
            + "為提升企業質量管理水平，某市市場監督管理局決定在全市規模以上工業企業推行首席質量官制度。\n"
            + "首席質量官由企業高級管理人員擔任，全面負責企業質量管理工作，對產品質量行使一票否決權。\n"
            + "下一步，該局將組織首席質量官培訓，並把履職情況納入企業質量信用檔案。\n";

        Assert.Equal(DocumentFingerprint.Of(Import(Report)), DocumentFingerprint.Of(Import(traditional)));
    }

    [Fact]
    public void A_copy_with_a_sentence_more_is_similar_and_another_report_is_not()
    {
        var longer = Report + "据悉，全市已有120家企业设立首席质量官。\n";
        var other = "某县召开质量工作会议\n发布时间：2023-06-01\n会议总结了上半年全县质量工作，部署了下半年质量提升行动和质量月活动。\n会议强调，要抓好产品质量监督抽查，守住质量安全底线。\n";

        Assert.True(DocumentFingerprint.Similarity(Import(Report), Import(longer)) > 0.8);
        Assert.True(DocumentFingerprint.Similarity(Import(Report), Import(other)) < 0.2);
        Assert.NotEqual(DocumentFingerprint.Of(Import(Report)), DocumentFingerprint.Of(Import(longer)));
    }
}
