using System.IO.Compression;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Web.Tests;

public sealed class GeneratePageTests(GenerateWorkbench fixture) : IClassFixture<GenerateWorkbench>
{
    private const string JobDescription = "/generate/job-description";
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private readonly Workbench _workbench = fixture.Workbench;

    [Fact]
    public async Task The_generate_page_offers_the_bundled_templates_and_a_template_upload()
    {
        var (status, html) = await _workbench.Get("/generate");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("href=\"/generate/job-description\"", html);
        Assert.Contains("href=\"/generate/notice\"", html);
        Assert.Contains("href=\"/generate/appointment\"", html);
        var upload = PageForm.Of(html, "upload-template-form");
        Assert.True(upload.Has("__RequestVerificationToken"));
        Assert.Contains("accept=\".docx\"", html);
    }

    [Fact]
    public async Task A_templates_form_has_its_own_fields_filled_from_its_example_data()
    {
        var (status, html) = await _workbench.Get(JobDescription);

        Assert.Equal(HttpStatusCode.OK, status);
        var form = PageForm.Of(html, "generate-form");
        Assert.Equal("首席质量官（CQO）", form["岗位名称"]);
        Assert.Equal("2024年3月1日", form["生效日期"]);
        Assert.Equal("负责质量管理体系的建立、实施与持续改进", form["职责[2].内容"]);
        Assert.True(form.Has("考核[1].依据"));
        Assert.False(form.Has("职责[5].内容"));
        Assert.Contains("<label for=\"f-岗位名称\">岗位名称</label>", html);
        // The blank row the page script copies, with the stand-ins it replaces.
        Assert.Contains("name=\"__list__[__row__].内容\"", html);
    }

    [Fact]
    public async Task A_nested_name_in_a_template_is_a_field_and_is_read_back_into_its_map()
    {
        var (_, html) = await _workbench.Get("/generate/appointment");
        var form = PageForm.Of(html, "generate-form");
        Assert.Equal("张伟", form["受聘人.姓名"]);

        form.Set("受聘人.姓名", "李青");
        var (status, preview) = await PageForm.Read(await form.Post(_workbench.Client, "/generate/appointment", "preview"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("李青", PageForm.Parse(preview).GetElementById("preview")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_template_answers_404_naming_the_templates_there_are()
    {
        var (status, html) = await _workbench.Get("/generate/no-such-template");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("没有模板“no-such-template”", html);
        Assert.Contains("job-description", html);
    }

    [Fact]
    public async Task Adding_a_row_without_script_returns_the_form_with_a_blank_row_at_the_end_of_that_list()
    {
        var form = await JobDescriptionForm();

        var (status, html) = await PageForm.Read(await form.Post(_workbench.Client, JobDescription, "add:职责"));

        Assert.Equal(HttpStatusCode.OK, status);
        var after = PageForm.Of(html, "generate-form");
        Assert.Equal("", after["职责[5].内容"]);
        Assert.Equal(form["职责[4].内容"], after["职责[4].内容"]);
        Assert.Equal(form["权限[1].内容"], after["权限[1].内容"]);
    }

    [Fact]
    public async Task Removing_a_row_leaves_the_others_in_order()
    {
        var form = await JobDescriptionForm();

        var (_, html) = await PageForm.Read(await form.Post(_workbench.Client, JobDescription, "remove:职责[1]"));

        var after = PageForm.Of(html, "generate-form");
        Assert.Equal(form["职责[2].内容"], after["职责[1].内容"]);
        Assert.False(after.Has("职责[4].内容"));
    }

    [Fact]
    public async Task The_download_is_a_word_document_holding_the_forms_values()
    {
        var form = (await JobDescriptionForm()).Set("岗位名称", "质量总监兼首席质量官");

        using var response = await form.Post(_workbench.Client, JobDescription, "download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocxType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var text = BodyText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("质量总监兼首席质量官", text);
        Assert.Contains("组织制定公司质量发展战略", text);
    }

    [Fact]
    public async Task Generating_from_a_precedent_gives_a_valid_docx_with_the_precedents_clauses_and_their_articles()
    {
        var form = (await JobDescriptionForm()).Set("precedent", GenerateWorkbench.Precedent.Id);

        using var response = await form.Post(_workbench.Client, JobDescription, "download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = BodyText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("主持制定本企业年度质量改进计划", text);
        Assert.Contains("对不合格产品出厂行使否决权", text);
        Assert.Contains("具有十年以上质量管理工作经历", text);
        Assert.Contains("《湖东市企业首席质量官工作规范》第五条", text);
        // The data's own items are kept before the precedent's.
        Assert.Contains("组织制定公司质量发展战略", text);
    }

    [Fact]
    public async Task The_precedent_notes_say_how_to_replace_in_the_pages_own_words()
    {
        var form = (await JobDescriptionForm()).Set("precedent", GenerateWorkbench.Precedent.Id);

        var (_, html) = await PageForm.Read(await form.Post(_workbench.Client, JobDescription, "preview"));

        var notes = PageForm.Parse(html).GetElementById("precedent-notes")!.TextContent;
        Assert.Contains("勾选“替换表中的职责、权限、任职条件”", notes);
        Assert.DoesNotContain("--replace", notes);
    }

    [Fact]
    public async Task The_preview_lists_what_the_precedent_filled_and_shows_the_document_as_text()
    {
        var form = (await JobDescriptionForm()).Set("precedent", GenerateWorkbench.Precedent.Id).Set("replace", "true");

        var (status, html) = await PageForm.Read(await form.Post(_workbench.Client, JobDescription, "preview"));

        Assert.Equal(HttpStatusCode.OK, status);
        var page = PageForm.Parse(html);
        Assert.Contains("湖东市企业首席质量官工作规范", page.GetElementById("precedent-notes")!.TextContent);
        var preview = page.GetElementById("preview")!.TextContent;
        Assert.Contains("主持制定本企业年度质量改进计划", preview);
        Assert.DoesNotContain("组织制定公司质量发展战略", preview);
    }

    [Fact]
    public async Task Markup_typed_into_a_field_is_previewed_as_text()
    {
        var form = (await JobDescriptionForm()).Set("岗位名称", "<script>alert(1)</script><img src=x onerror=alert(2)>");

        var (status, html) = await PageForm.Read(await form.Post(_workbench.Client, JobDescription, "preview"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("<script>alert(1)</script>", PageForm.Parse(html).GetElementById("preview")!.TextContent);
    }

    [Fact]
    public async Task A_missing_field_and_a_bad_date_are_shown_next_to_their_inputs_and_nothing_is_downloaded()
    {
        var form = (await JobDescriptionForm()).Set("岗位名称", "  ").Set("生效日期", "2024年13月45日").Set("职责[2].内容", "");

        var (status, html) = await PageForm.Read(await form.Post(_workbench.Client, JobDescription, "download"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var page = PageForm.Parse(html);
        Assert.Contains("缺少这个字段", ErrorBeside(page, "f-岗位名称"));
        Assert.Contains("不是真实的日期", ErrorBeside(page, "f-生效日期"));
        Assert.Contains("缺少这个字段", ErrorBeside(page, "f-职责[2].内容"));
        Assert.Contains("数据有 3 处问题", page.GetElementById("generate-problems")!.TextContent);
        // What the user typed is kept for correcting.
        Assert.Equal("2024年13月45日", PageForm.Of(html, "generate-form")["生效日期"]);
    }

    [Fact]
    public async Task An_unknown_precedent_is_reported_beside_the_precedent_choice()
    {
        var form = (await JobDescriptionForm()).Set("precedent", "没有这个文件");

        var (status, html) = await PageForm.Read(await form.Post(_workbench.Client, JobDescription, "download"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("没有这个文件", ErrorBeside(PageForm.Parse(html), "precedent"));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400()
    {
        var form = (await JobDescriptionForm()).Without("__RequestVerificationToken");

        using var response = await form.Post(_workbench.Client, JobDescription, "download");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual(DocxType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_uploaded_docx_template_gets_a_form_from_its_own_tags()
    {
        var html = await Upload("聘用意向书.docx", TemplateDocx("尊敬的{{姓名}}：", "{{#任务}}{{内容}}{{/任务}}"));

        var form = PageForm.Of(html, "generate-form");
        Assert.True(form.Has("姓名"));
        Assert.Contains("id=\"list-任务\"", html);
        form.Set("姓名", "赵明").Set("action", "add:任务");
        var (_, withRow) = await PageForm.Read(await form.Post(_workbench.Client, form.Action.Length > 0 ? form.Action : UploadedAddress(html)));
        var filled = PageForm.Of(withRow, "generate-form").Set("任务[1].内容", "牵头质量体系认证");

        using var response = await filled.Post(_workbench.Client, UploadedAddress(html), "download");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = BodyText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("尊敬的赵明：", text);
        Assert.Contains("牵头质量体系认证", text);
    }

    [Fact]
    public async Task An_uploaded_template_the_workbench_no_longer_holds_asks_to_be_uploaded_again()
    {
        var (status, html) = await _workbench.Get("/generate/upload-0123456789abcdef");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("请重新上传", html);
        Assert.Contains("id=\"upload-template-form\"", html);
    }

    [Fact]
    public async Task An_upload_that_is_not_a_docx_is_refused_with_a_line_naming_it()
    {
        var (status, html) = await PostUpload("模板.txt", Encoding.UTF8.GetBytes("{{姓名}}"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("模板.txt: 模板只能是 Word 文档（.docx）", html);
    }

    [Fact]
    public async Task A_file_named_docx_that_is_no_word_document_is_refused()
    {
        var (status, html) = await PostUpload("../../etc/假模板.docx", Encoding.UTF8.GetBytes("not a zip"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("假模板.docx: 模板不是有效的 Word 文档", html);
        Assert.DoesNotContain("../", html);
    }

    [Fact]
    public async Task A_word_document_without_tags_is_not_taken_for_a_template()
    {
        var (status, html) = await PostUpload("普通文档.docx", TemplateDocx("只有文字，没有字段。"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("没有 {{字段}} 标记", html);
    }

    [Fact]
    public async Task An_upload_larger_than_the_limit_is_refused_with_413_before_it_is_read()
    {
        var (status, html) = await PostUpload("大模板.docx", new byte[17 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("上传的内容太大", html);
    }

    [Fact]
    public async Task A_batch_data_file_comes_back_as_a_zip_with_one_document_per_entry_named_by_a_field()
    {
        const string yaml = """
            - 受聘人: {姓名: 王一}
              聘书编号: A-1
              决定机构: 董事会
              企业名称: 某某公司
              直接上级: 总经理
              聘期: 两年
              聘期开始: 2024-03-01
              聘期结束: 2026-02-28
              权限: [{内容: 质量否决}]
              法定代表人: 周五
              签发日期: 2024-03-01
            - 受聘人: {姓名: 李二}
              聘书编号: A-2
              决定机构: 董事会
              企业名称: 某某公司
              直接上级: 总经理
              聘期: 两年
              聘期开始: 2024-03-01
              聘期结束: 2026-02-28
              权限: [{内容: 质量否决}]
              法定代表人: 周五
              签发日期: 2024-03-01
            """;

        using var response = await PostBatch("/generate/appointment", "名单.yaml", yaml, nameBy: "受聘人.姓名");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(["李二.docx", "王一.docx"], zip.Entries.Select(e => e.FullName).Order());
        using var entry = new MemoryStream();
        zip.GetEntry("李二.docx")!.Open().CopyTo(entry);
        Assert.Contains("李二", BodyText(entry.ToArray()));
    }

    [Fact]
    public async Task A_batch_with_a_bad_entry_lists_its_problems_and_returns_no_zip()
    {
        const string json = """[{"受聘人": {"姓名": "王一"}, "签发日期": "2024年2月30日"}]""";

        using var response = await PostBatch("/generate/appointment", "名单.json", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("名单.json: 第 1 项：签发日期", html);
        Assert.Contains("名单.json: 第 1 项：聘书编号: 缺少这个字段", html);
    }

    [Fact]
    public async Task A_batch_file_of_another_type_is_refused()
    {
        using var response = await PostBatch("/generate/appointment", "名单.csv", "姓名\n王一\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("名单.csv: 数据文件应为 .yaml、.yml 或 .json", await response.Content.ReadAsStringAsync());
    }

    private async Task<PageForm> JobDescriptionForm() => PageForm.Of((await _workbench.Get(JobDescription)).Html, "generate-form");

    private async Task<(HttpStatusCode Status, string Html)> PostUpload(string name, byte[] bytes)
    {
        var (_, page) = await _workbench.Get("/generate");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(PageForm.Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "upload", name },
        };
        return await PageForm.Read(await _workbench.Client.PostAsync("/generate?handler=Upload", content));
    }

    /// <summary>Uploads a template and follows the redirect to its form.</summary>
    private async Task<string> Upload(string name, byte[] bytes)
    {
        var (status, html) = await PostUpload(name, bytes);
        Assert.Equal(HttpStatusCode.OK, status);
        return html;
    }

    private static string UploadedAddress(string html) =>
        PageForm.Parse(html).GetElementById("batch-form")!.GetAttribute("action")!.Split('?')[0];

    private async Task<HttpResponseMessage> PostBatch(string template, string name, string text, string? nameBy = null)
    {
        var (_, page) = await _workbench.Get(template);
        var content = new MultipartFormDataContent
        {
            { new StringContent(PageForm.Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "data", name },
        };
        if (nameBy is not null) content.Add(new StringContent(nameBy), "nameBy");
        return await _workbench.Client.PostAsync(template + "?handler=Batch", content);
    }

    private static string ErrorBeside(AngleSharp.Dom.IDocument page, string inputId) =>
        string.Concat(page.GetElementById(inputId)!.ParentElement!.QuerySelectorAll(".field-error").Select(e => e.TextContent));

    private static string BodyText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    /// <summary>A one-paragraph-per-line Word document: the smallest template a user might upload.</summary>
    private static byte[] TemplateDocx(params string[] lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(l => new Paragraph(new Run(new Text(l))))));
        }
        return stream.ToArray();
    }
}
