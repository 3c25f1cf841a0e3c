using CqoDocs.Core.Import;

namespace CqoDocs.Core.Tests.Import;

/// <summary>Every imported document has a title; a made-up one comes with a warning the user sees.</summary>
public class TitleFallbackTests
{
    private static (string Title, List<string> Warnings) Import(string text, string name = "page.txt")
    {
        var warnings = new List<string>();
        var document = ImportPipeline.Default.Import(name, System.Text.Encoding.UTF8.GetBytes(text), warnings);
        return (document.Title, warnings);
    }

    [Fact]
    public void A_page_without_a_headline_takes_its_first_sentence_cut_and_warns()
    {
        var text = "为深入推进质量强市建设，充分发挥企业首席质量官在质量管理中的核心作用，全面提升全市企业的质量管理水平和产品质量竞争力，市市场监管局近日召开专题会议。\n"
                 + "会议要求各企业加快设立首席质量官岗位，明确职责权限。\n";

        var (title, warnings) = Import(text);

        Assert.Equal("为深入推进质量强市建设…", title);
        Assert.Contains(warnings, w => w.Contains("没有标题", StringComparison.Ordinal) && w.Contains(title, StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_with_a_headline_gives_no_warning()
    {
        var (title, warnings) = Import("某市推行企业首席质量官制度\n发布时间：2023-05-12\n为提升企业质量管理水平，某市决定推行首席质量官制度。\n");

        Assert.Equal("某市推行企业首席质量官制度", title);
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("<title>某某市人民政府门户网站</title>")]
    [InlineData("<title>某某市市场监督管理局</title>")]
    [InlineData("<title>以质取胜 质量强市</title>")]
    [InlineData("<title>成人视频|国产精品|亚洲无码|午夜福利</title>")]
    [InlineData("<title>附件下载</title>")]
    public void A_site_name_slogan_spam_run_or_download_notice_is_never_the_title(string head)
    {
        var html = $"<html><head><meta charset=\"utf-8\">{head}</head><body><p>近日，某市推行首席质量官制度，从制度上保障企业质量管理。</p><p>该市要求规模以上工业企业设立首席质量官。</p></body></html>";

        var (title, warnings) = Import(html, "page.html");

        Assert.Equal("近日，某市推行首席质量官制度，从制度上保障企业质量管理", title);
        Assert.NotEmpty(warnings);
    }

    [Theory]
    [InlineData("某市推行企业首席质量官制度_某某市人民政府门户网站")]
    [InlineData("某市推行企业首席质量官制度 - 中国质量新闻网")]
    [InlineData("某市推行企业首席质量官制度（组图）")]
    [InlineData("《某市推行企业首席质量官制度》")]
    public void A_copied_page_title_keeps_the_headline_alone(string first)
    {
        var (title, warnings) = Import(first + "\n发布时间：2023-05-12\n为提升企业质量管理水平，某市决定推行首席质量官制度。\n");

        Assert.Equal("某市推行企业首席质量官制度", title);
        Assert.Empty(warnings);
    }
}
