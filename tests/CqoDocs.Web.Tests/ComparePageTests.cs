using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Web.Tests;

public sealed class ComparePageTests(Workbench workbench) : IClassFixture<Workbench>
{
    private static readonly string TwoRegions =
        "topic=qualifications&region=" + Uri.EscapeDataString("广东省湖滨市") + "&region=" + Uri.EscapeDataString("江西省");

    [Fact]
    public async Task The_compare_page_without_a_topic_offers_topics_and_regions()
    {
        var (status, html) = await workbench.Get("/compare");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<option value=\"qualifications\">任职条件</option>", html);
        Assert.Contains("name=\"region\" value=\"江西省\"", html);
        Assert.DoesNotContain("<table", html);
    }

    [Fact]
    public async Task Two_regions_side_by_side_show_each_documents_units_on_the_topic()
    {
        var (status, html) = await workbench.Get("/compare?" + TwoRegions);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<table", html);
        Assert.Contains("广东省湖滨市", html);
        Assert.Contains("江西省山城市", html);
        Assert.Contains("五年以上", html);
        Assert.Contains("三年以上质量管理经历", html);
        var table = html[html.IndexOf("<table class=\"compare\">", StringComparison.Ordinal)..];
        Assert.DoesNotContain("负责组织建立企业质量管理体系", table);
        Assert.DoesNotContain("海港市关于", table);
    }

    [Fact]
    public async Task The_comparison_downloads_as_a_word_table_holding_both_columns()
    {
        using var response = await workbench.Client.GetAsync("/compare?handler=Docx&" + TwoRegions);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var table = Assert.Single(document.MainDocumentPart!.Document.Body!.Elements<Table>());
        Assert.Contains("五年以上", table.InnerText);
        Assert.Contains("三年以上质量管理经历", table.InnerText);
        Assert.Empty(Directory.EnumerateFiles(Path.GetTempPath(), "cqodocs-compare-*"));
    }

    [Fact]
    public async Task The_comparison_downloads_as_a_markdown_table()
    {
        using var response = await workbench.Client.GetAsync("/compare?handler=Markdown&" + TwoRegions);
        var markdown = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("## 对照表：任职条件", markdown);
        Assert.Contains("| 广东省湖滨市<br>", markdown);
        Assert.Contains("三年以上质量管理经历", markdown);
    }

    [Theory]
    [InlineData("topic=nonsense", "未知的主题")]
    [InlineData("topic=duties&region=%E7%81%AB%E6%98%9F", "没有地区")]
    public async Task An_unknown_topic_or_region_answers_400_with_the_reason(string query, string reason)
    {
        var (status, html) = await workbench.Get("/compare?" + query);
        using var download = await workbench.Client.GetAsync("/compare?handler=Docx&" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(reason, html);
        Assert.Equal(HttpStatusCode.BadRequest, download.StatusCode);
    }

    [Fact]
    public async Task Markup_in_a_compared_notice_is_shown_as_text()
    {
        var (_, html) = await workbench.Get("/compare?topic=training");

        Assert.Contains("&lt;script&gt;alert(", html);
        Assert.DoesNotContain("<script>alert", html);
    }
}
