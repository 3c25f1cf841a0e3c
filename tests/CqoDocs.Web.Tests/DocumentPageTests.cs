using System.Net;
using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Web.Tests;

public sealed class DocumentPageTests(Workbench workbench) : IClassFixture<Workbench>
{
    private static string Doc(string id, string? label = null) =>
        "/doc/" + Uri.EscapeDataString(id) + (label is null ? "" : "/" + Uri.EscapeDataString(label));

    [Fact]
    public async Task A_document_page_shows_its_metadata_source_file_and_every_unit()
    {
        var (status, html) = await workbench.Get(Doc("湖滨-2018-measures"));

        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var text in new[] { "湖滨市市场监督管理局", "湖市监发〔2018〕7号", "2018-05-20", "2018-05-25", "广东省湖滨市", "管理办法", "lakeside-notice.html", "第一条", "第二条", "第三条", "五年以上" })
        {
            Assert.Contains(text, html);
        }
        Assert.Contains("data-copy=\"《湖滨市企业首席质量官管理办法》（湖市监发〔2018〕7号）\"", html);
    }

    [Fact]
    public async Task Document_and_article_pages_show_the_documents_validity_today()
    {
        var validity = ValidityResolver.Resolve(TestCorpus.Documents, DateOnly.FromDateTime(DateTime.Today))["湖滨-2018-measures"];
        var (_, document) = await workbench.Get(Doc("湖滨-2018-measures"));
        var (_, article) = await workbench.Get(Doc("湖滨-2018-measures", "第二条"));

        Assert.Contains($"<dt>效力</dt><dd>{validity.Status.ChineseName()}（{validity.Reason}）</dd>", document);
        Assert.Contains($"<dt>效力</dt><dd>{validity.Status.ChineseName()}（{validity.Reason}）</dd>", article);
    }

    [Fact]
    public async Task The_markdown_link_downloads_the_documents_corpus_file()
    {
        using var response = await workbench.Client.GetAsync(Doc("湖滨-2018-measures") + "?handler=Markdown");
        var markdown = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("id: 湖滨-2018-measures", markdown);
        Assert.Contains("## 第二条", markdown);
    }

    [Fact]
    public async Task An_article_page_shows_the_unit_its_items_its_neighbours_and_its_citation()
    {
        var (status, html) = await workbench.Get(Doc("山城-2020-opinion", "一"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("《关于山城市推行首席质量官制度的实施意见》一", html);
        Assert.Contains("三年以上质量管理经历", html);
        Assert.Contains("学历要求为大专以上", html);
        Assert.Contains("下一条：二", html);
        Assert.DoesNotContain("上一条", html);
        Assert.Contains("山城市人民政府", html);
        Assert.Contains("hillside.txt", html);
    }

    [Fact]
    public async Task An_article_label_may_be_typed_with_ascii_brackets()
    {
        var (status, html) = await workbench.Get(Doc("山城-2020-opinion", "一(一)"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("《关于山城市推行首席质量官制度的实施意见》一（一）", html);
        Assert.Contains("上一条：一", html);
        Assert.Contains("下一条：二", html);
    }

    [Fact]
    public async Task Search_hits_link_to_their_article_page()
    {
        var (_, results) = await workbench.Get("/?q=" + Uri.EscapeDataString("大专"));
        var (status, _) = await workbench.Get(Doc("山城-2020-opinion", "一（一）"));

        Assert.Contains("href=\"/doc/%E5%B1%B1%E5%9F%8E-2020-opinion/%E4%B8%80%EF%BC%88%E4%B8%80%EF%BC%89\"", results);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Theory]
    [InlineData("没有的文件", null, "没有编号为“没有的文件”的文件")]
    [InlineData("没有的文件", "第一条", "没有编号为“没有的文件”的文件")]
    [InlineData("湖滨-2018-measures", "第九十条", "中没有条目“第九十条”")]
    public async Task An_unknown_document_or_article_is_404_with_a_chinese_message(string id, string? label, string message)
    {
        var (status, html) = await workbench.Get(Doc(id, label));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains(message, html);
    }

    [Fact]
    public async Task A_notice_holding_a_script_tag_is_shown_as_text_on_its_pages()
    {
        var (_, document) = await workbench.Get(Doc("海港-2021-notice"));
        var (_, article) = await workbench.Get(Doc("海港-2021-notice", "第一条"));

        foreach (var html in new[] { document, article })
        {
            Assert.Contains("&lt;script&gt;alert(", html);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<a href=\"javascript:", html);
        }
    }
}
