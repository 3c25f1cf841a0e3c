using System.Net;
using System.Text;

namespace CqoDocs.Web.Tests;

public sealed class ImportPageTests(Workbench workbench) : IClassFixture<Workbench>
{
    /// <summary>A made-up notice as a browser saves it: a headline, a source line, the issuer, a number and articles.</summary>
    private static string Notice(string title, string city = "湖西市") => $"""
        {title}
        发布时间：2019-06-05 来源：{city}市场监督管理局
        {city}市场监督管理局
        湖市监发〔2019〕12号
        第一条 为推动企业落实质量主体责任，提升质量管理水平，制定本办法。
        第二条 首席质量官的职责：
        （一）组织建立、实施和改进企业质量管理体系；
        （二）开展质量教育培训，建设企业质量文化。
        第三条 首席质量官应具有大学本科以上学历，从事质量管理工作三年以上。
        第四条 本办法自2019年7月1日起施行。
        """;

    [Fact]
    public async Task The_import_page_offers_an_upload_of_saved_pages_with_an_antiforgery_token()
    {
        var (status, html) = await workbench.Get("/import");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(PageForm.Of(html, "import-upload-form").Has("__RequestVerificationToken"));
        Assert.Contains("accept=\".txt,.html,.htm\"", html);
        Assert.Contains("multiple", html);
    }

    [Fact]
    public async Task An_uploaded_page_is_shown_with_what_was_extracted_and_nothing_is_saved_yet()
    {
        var before = Directory.GetFiles(workbench.Corpus).Length;

        var (status, html) = await Upload(("湖西办法.txt", Notice("湖西市企业首席质量官管理办法")));

        Assert.Equal(HttpStatusCode.OK, status);
        var form = PageForm.Of(html, "import-review-form");
        Assert.Equal("湖西市企业首席质量官管理办法", form["docs[0].title"]);
        Assert.Equal("湖市监发〔2019〕12号", form["docs[0].docNumber"]);
        Assert.Equal("湖西市市场监督管理局", form["docs[0].authority"]);
        Assert.Equal("2019-07-01", form["docs[0].effective"]);
        Assert.Equal("measures", form["docs[0].kind"]);
        Assert.Equal("第二条", form["docs[0].units[1].label"]);
        Assert.Equal("职责", form["docs[0].units[1].topics"]);
        Assert.Equal("任职条件", form["docs[0].units[2].topics"]);
        Assert.Contains("湖西办法.txt", html);
        Assert.Equal(before, Directory.GetFiles(workbench.Corpus).Length);
    }

    [Fact]
    public async Task Several_pages_are_reviewed_together_and_a_bad_one_is_named_while_the_others_are_shown()
    {
        var (status, html) = await Upload(("甲.txt", Notice("湖西市首席质量官甲办法")), ("乙.html", "<html><body><p>" + Notice("湖西市首席质量官乙办法") + "</p></body></html>"), ("空.txt", ""));

        Assert.Equal(HttpStatusCode.OK, status);
        var form = PageForm.Of(html, "import-review-form");
        Assert.Equal("湖西市首席质量官甲办法", form["docs[0].title"]);
        Assert.StartsWith("湖西市首席质量官乙办法", form["docs[1].title"]);
        Assert.Contains("空.txt: 文件是空的", html);
    }

    [Fact]
    public async Task A_notice_holding_a_script_tag_is_shown_inert_in_the_review()
    {
        var page = """
            <html><head><script>alert('head')</script></head><body>
            <h1>湖西市<script>alert('x')</script>首席质量官办法</h1>
            <p>发布时间：2019-06-05 来源：湖西市市场监督管理局</p>
            <p>第一条 为推动企业落实质量主体责任，制定本办法。</p>
            <p>第二条 首席质量官应当参加<a href="javascript:alert(1)" onclick="alert(2)">任职培训</a>。</p>
            <p>第三条 页面上写着 &lt;script&gt;alert(3)&lt;/script&gt; 的代码。</p>
            </body></html>
            """;

        var (status, html) = await Upload(("恶意.html", page));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("首席质量官应当参加任职培训", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("onclick", html);

        // Whatever reaches a field — from the page or typed by the reviewer — goes back out as text.
        var form = PageForm.Of(html, "import-review-form").Set("docs[0].title", "<script>alert('t')</script>办法");
        var (_, again) = await PageForm.Read(await form.Post(workbench.Client, "/import?handler=Review", "refresh"));
        Assert.DoesNotContain("<script>alert('t')", again);
        Assert.Contains("&lt;script&gt;alert", again);
        Assert.Equal("<script>alert('t')</script>办法", PageForm.Of(again, "import-review-form")["docs[0].title"]);
    }

    [Fact]
    public async Task A_file_of_another_type_is_refused_with_a_line_naming_it()
    {
        var (status, html) = await Upload(("通知.pdf", "%PDF-1.4"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("通知.pdf: 只能导入 .txt、.html、.htm 文件", html);
    }

    [Fact]
    public async Task A_binary_file_named_txt_is_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var (status, html) = await Upload([("图片.txt", bytes)]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("图片.txt: ", html);
    }

    [Fact]
    public async Task A_page_over_the_size_limit_is_refused_with_413()
    {
        var (status, html) = await Upload([("大网页.html", new byte[9 * 1024 * 1024])]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("大网页.html: 文件超过 8 MB", html);
    }

    [Fact]
    public async Task A_request_over_the_upload_limit_is_refused_with_413_before_it_is_read()
    {
        var (status, html) = await Upload([("一.txt", new byte[9 * 1024 * 1024]), ("二.txt", new byte[9 * 1024 * 1024])]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("上传的内容太大", html);
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused_with_400()
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Notice("湖西市办法"))), "pages", "a.txt" } };

        using var response = await workbench.Client.PostAsync("/import?handler=Upload", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Upload_then_correct_the_title_and_region_then_save_and_search_finds_it_at_once()
    {
        var (_, html) = await Upload(("湖西办法.html", $"<html><body><pre>{Notice("湖西市首席质量官管理办法征求意见稿")}</pre></body></html>"));
        var form = PageForm.Of(html, "import-review-form")
            .Set("docs[0].title", "湖西市企业首席质量官聘任管理办法")
            .Set("docs[0].province", "浙江省").Set("docs[0].city", "湖西市").Set("docs[0].district", "")
            .Set("docs[0].kind", "measures");

        var (status, saved) = await PageForm.Read(await form.Post(workbench.Client, "/import?handler=Review", "save"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("已保存到文件库", saved);
        Assert.True(File.Exists(Path.Combine(workbench.Corpus, "湖西-2019-measures.md")));
        var (_, hits) = await workbench.Get("/?q=" + Uri.EscapeDataString("聘任管理办法"));
        Assert.Contains("湖西市企业首席质量官聘任管理办法", hits);
        var (_, document) = await workbench.Get("/doc/" + Uri.EscapeDataString("湖西-2019-measures"));
        Assert.Contains("浙江省湖西市", document);

        // The same upload saved again replaces nothing it did not write: its own file is recognised as unchanged.
        var (_, again) = await PageForm.Read(await form.Post(workbench.Client, "/import?handler=Review", "save"));
        Assert.Contains("内容未变", again);
        Assert.Single(Directory.GetFiles(workbench.Corpus, "湖西-2019-measures*.md"));
    }

    [Fact]
    public async Task A_file_the_tool_did_not_write_is_never_overwritten_the_saved_document_takes_the_next_id()
    {
        var own = Path.Combine(workbench.Corpus, "湖南-2019-measures.md");
        File.WriteAllText(own, "我自己的文件");
        var (_, html) = await Upload(("湖南.txt", Notice("湖南市首席质量官管理办法")));
        var form = PageForm.Of(html, "import-review-form").Set("docs[0].province", "湖南省").Set("docs[0].city", "").Set("docs[0].district", "");

        var (status, saved) = await PageForm.Read(await form.Post(workbench.Client, "/import?handler=Review", "save"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("我自己的文件", File.ReadAllText(own));
        Assert.Contains("湖南-2019-measures-2", saved);
    }

    [Fact]
    public async Task A_page_that_is_a_document_already_in_the_corpus_is_saved_and_said_to_be_the_same_document()
    {
        var lakeside = TestCorpus.Lakeside;
        var page = $"{lakeside.Title}\n发布时间：2018-05-20 来源：湖滨市市场监督管理局\n"
            + string.Join("\n", lakeside.Units.Select(u => $"{u.Label} {u.Text}"));
        var (_, html) = await Upload(("湖滨转载.txt", page));
        var form = PageForm.Of(html, "import-review-form").Set("docs[0].province", "广东省").Set("docs[0].city", "湖滨市").Set("docs[0].district", "")
            .Set("docs[0].date", "2018-05-20").Set("docs[0].kind", "measures");

        var (status, saved) = await PageForm.Read(await form.Post(workbench.Client, "/import?handler=Review", "save"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"与已有的 <a href=\"/doc/{Uri.EscapeDataString(lakeside.Id)}\">{lakeside.Id}</a> 是同一文件", saved);
    }

    [Fact]
    public async Task A_notice_of_hundreds_of_articles_can_be_reviewed_and_saved()
    {
        var articles = Enumerable.Range(1, 400).Select(i => $"第{i}条 首席质量官应当做好第{i}项质量工作，确保质量管理体系有效运行。");
        var (_, html) = await Upload(("长篇.txt", "湖西市首席质量官长篇管理办法\n发布时间：2019-06-05 来源：湖西市人民政府\n" + string.Join("\n", articles)));
        var form = PageForm.Of(html, "import-review-form");
        Assert.Equal("第400条", form["docs[0].units[399].label"]);

        var (status, saved) = await PageForm.Read(await form.Post(workbench.Client, "/import?handler=Review", "save"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("已保存到文件库", saved);
    }

    [Fact]
    public async Task A_saved_file_corrected_by_hand_since_is_replaced_only_when_asked()
    {
        var (_, html) = await Upload(("手改.txt", Notice("湖西市首席质量官手改办法")));
        var form = PageForm.Of(html, "import-review-form").Set("docs[0].province", "浙江省").Set("docs[0].city", "湖北市").Set("docs[0].district", "");
        await PageForm.Read(await form.Post(workbench.Client, "/import?handler=Review", "save"));
        var file = Path.Combine(workbench.Corpus, "湖北-2019-measures.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("制定本办法", "制定本办法（手工改过）"));
        form.Set("docs[0].title", "湖西市首席质量官手改办法（修订）");

        var (refused, page) = await PageForm.Read(await form.Post(workbench.Client, "/import?handler=Review", "save"));
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("已被手工修改", page);
        Assert.Contains("确要覆盖请勾选“手工修改过的文件”", page);
        Assert.Contains("手工改过", File.ReadAllText(file));

        var (forced, _) = await PageForm.Read(await form.Set("force", "true").Post(workbench.Client, "/import?handler=Review", "save"));
        Assert.Equal(HttpStatusCode.OK, forced);
        Assert.DoesNotContain("手工改过", File.ReadAllText(file));
        Assert.Contains("（修订）", File.ReadAllText(file));
    }

    [Fact]
    public async Task Merging_a_unit_with_the_next_and_splitting_one_at_a_line_change_the_units_in_the_form()
    {
        var (_, html) = await Upload(("合并.txt", Notice("湖西市首席质量官合并测试办法")));
        var form = PageForm.Of(html, "import-review-form");

        var (_, merged) = await PageForm.Read(await form.Post(workbench.Client, "/import?handler=Review", "merge:0:2"));
        var afterMerge = PageForm.Of(merged, "import-review-form");
        Assert.Equal("第三条", afterMerge["docs[0].units[2].label"]);
        Assert.Contains("本办法自2019年7月1日起施行", afterMerge["docs[0].units[2].text"]);
        Assert.False(afterMerge.Has("docs[0].units[3].label"));

        afterMerge.Set("docs[0].units[1].split", "3");
        var (status, split) = await PageForm.Read(await afterMerge.Post(workbench.Client, "/import?handler=Review", "split:0:1"));
        Assert.Equal(HttpStatusCode.OK, status);
        var afterSplit = PageForm.Of(split, "import-review-form");
        Assert.Equal("首席质量官的职责：\n（一）组织建立、实施和改进企业质量管理体系；", afterSplit["docs[0].units[1].text"]!.ReplaceLineEndings("\n"));
        Assert.Equal("第二条-2", afterSplit["docs[0].units[2].label"]);
        Assert.Equal("（二）开展质量教育培训，建设企业质量文化。", afterSplit["docs[0].units[2].text"]);
        Assert.Equal("第三条", afterSplit["docs[0].units[3].label"]);
    }

    [Fact]
    public async Task A_bad_date_and_a_duplicate_label_are_shown_beside_their_fields_and_nothing_is_saved()
    {
        var (_, html) = await Upload(("有误.txt", Notice("湖西市首席质量官有误办法")));
        var form = PageForm.Of(html, "import-review-form")
            .Set("docs[0].date", "2019年2月30日").Set("docs[0].units[1].label", "第一条").Set("docs[0].units[2].topics", "职责 不存在的主题");
        var before = Directory.GetFiles(workbench.Corpus).Length;

        var (status, page) = await PageForm.Read(await form.Post(workbench.Client, "/import?handler=Review", "save"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var document = PageForm.Parse(page);
        Assert.Contains("不是日期", Beside(document, "docs[0].date"));
        Assert.Contains("条目编号“第一条”重复", Beside(document, "docs[0].units[1].label"));
        Assert.Contains("没有主题“不存在的主题”", Beside(document, "docs[0].units[2].topics"));
        Assert.Equal(before, Directory.GetFiles(workbench.Corpus).Length);
    }

    [Fact]
    public async Task A_review_form_whose_upload_token_was_tampered_with_is_refused()
    {
        var (_, html) = await Upload(("篡改.txt", Notice("湖西市首席质量官篡改办法")));
        var form = PageForm.Of(html, "import-review-form").Set("docs[0].token", "forged");

        var (status, page) = await PageForm.Read(await form.Post(workbench.Client, "/import?handler=Review", "save"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("表单已失效", page);
    }

    [Fact]
    public async Task A_review_posted_without_the_antiforgery_token_is_refused_with_400()
    {
        var (_, html) = await Upload(("无标记.txt", Notice("湖西市首席质量官无标记办法")));
        var form = PageForm.Of(html, "import-review-form").Without("__RequestVerificationToken");

        using var response = await form.Post(workbench.Client, "/import?handler=Review", "save");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task<(HttpStatusCode Status, string Html)> Upload(params (string Name, string Text)[] files) =>
        Upload(files.Select(f => (f.Name, Encoding.UTF8.GetBytes(f.Text))).ToArray());

    private async Task<(HttpStatusCode Status, string Html)> Upload((string Name, byte[] Bytes)[] files)
    {
        var (_, page) = await workbench.Get("/import");
        using var content = new MultipartFormDataContent { { new StringContent(PageForm.Token(page)), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files) content.Add(new ByteArrayContent(bytes), "pages", name);
        return await PageForm.Read(await workbench.Client.PostAsync("/import?handler=Upload", content));
    }

    private static string Beside(AngleSharp.Dom.IDocument page, string inputId) =>
        string.Concat(page.GetElementById(inputId)!.ParentElement!.QuerySelectorAll(".field-error").Select(e => e.TextContent));
}
