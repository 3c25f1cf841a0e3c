using CqoDocs.Core.Model;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Document = CqoDocs.Core.Model.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Cli.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Write(string name, string text)
    {
        var path = _cli.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Text(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        var main = document.MainDocumentPart!;
        return string.Join("\n", main.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText)
            .Concat(main.HeaderParts.SelectMany(h => h.Header!.Descendants<Paragraph>()).Select(p => p.InnerText)));
    }

    private const string Appointment = """
        企业名称: 北方重型装备集团有限公司
        聘书编号: 北重聘〔2025〕1号
        受聘人:
          姓名: 李娜
        决定机构: 集团董事会
        直接上级: 集团总经理
        聘期: 三年
        聘期开始: 2025-01-01
        聘期结束: 2027-12-31
        权限:
          - 内容: 质量一票否决
        法定代表人: 赵刚
        签发日期: 2025-01-01
        """;

    [Fact]
    public void Generate_fills_a_bundled_template_and_writes_a_valid_docx()
    {
        var data = Write("聘书.yaml", Appointment);
        var r = _cli.Run("generate", "appointment", "--data", data, "--out", "out/聘书.docx");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("已生成", r.Out);
        var output = _cli.File("out/聘书.docx");
        var text = Text(output);
        Assert.Contains("李娜同志：", text);
        Assert.Contains("聘期三年，自2025年1月1日起至2027年12月31日止。", text);
        Assert.Contains("1. 质量一票否决。", text);
        using var document = WordprocessingDocument.Open(output, false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
    }

    [Fact]
    public void Json_data_works_like_yaml()
    {
        var data = Write("d.json", """{"企业名称":"甲公司","聘书编号":"甲聘〔2025〕2号","受聘人":{"姓名":"王五"},"决定机构":"董事会","直接上级":"总经理","聘期":"两年","聘期开始":"2025-02-01","聘期结束":"2027-01-31","权限":[{"内容":"否决权"}],"法定代表人":"孙六","签发日期":"2025-02-01"}""");
        var r = _cli.Run("generate", "appointment", "--data", data, "--out", "a.docx");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("王五同志：", Text(_cli.File("a.docx")));
    }

    [Fact]
    public void Missing_data_is_named_with_its_place_in_the_template_and_nothing_is_written()
    {
        var data = Write("d.yaml", Appointment.Replace("法定代表人: 赵刚\n", ""));
        var r = _cli.Run("generate", "appointment", "--data", data, "--out", "a.docx");

        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.Error.Trim().Split('\n'), l => l.Contains("法定代表人", StringComparison.Ordinal));
        Assert.Contains("d.yaml: 法定代表人: 缺少这个字段", line);
        Assert.Contains("正文第", line);
        Assert.False(File.Exists(_cli.File("a.docx")));
        Assert.Empty(Directory.GetFiles(_cli.Root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_failed_run_leaves_an_existing_output_exactly_as_it_was()
    {
        var existing = Write("a.docx", "an earlier document");
        var before = File.ReadAllBytes(existing);
        var data = Write("d.yaml", "企业名称: [未闭合\n");
        var r = _cli.Run("generate", "appointment", "--data", data, "--out", "a.docx");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("YAML 语法错误", r.Error);
        Assert.Contains("d.yaml:", r.Error);
        Assert.Equal(before, File.ReadAllBytes(existing));
    }

    [Fact]
    public void A_yaml_syntax_error_gives_its_line()
    {
        var data = Write("d.yaml", "企业名称: 甲\n权限:\n  - 内容: 甲\n - 内容: 乙\n");
        var r = _cli.Run("generate", "appointment", "--data", data, "--out", "a.docx");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("d.yaml:4:", r.Error);
    }

    [Fact]
    public void A_corrupt_or_unknown_template_is_one_line_and_exit_1()
    {
        var corrupt = Write("坏模板.docx", "not a zip file");
        var data = Write("d.yaml", Appointment);
        var r = _cli.Run("generate", corrupt, "--data", data, "--out", "a.docx");
        Assert.Equal(1, r.ExitCode);
        Assert.Single(r.Error.Trim().Split('\n'));
        Assert.Contains("不是有效的 Word 文档", r.Error);

        r = _cli.Run("generate", "no-such-template", "--data", data, "--out", "a.docx");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("notice", r.Error);
        Assert.False(File.Exists(_cli.File("a.docx")));
    }

    [Fact]
    public void A_template_given_by_path_is_filled()
    {
        var template = _cli.File("自制模板.docx");
        using (var document = WordprocessingDocument.Create(template, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new W.Document(new Body(new Paragraph(
                new Run(new Text("兹聘任{{姓")), new Run(new Text("名}}为首席质量官")))));
        }
        var data = Write("d.yaml", "姓名: 周七\n");
        var r = _cli.Run("generate", template, "--data", data, "--out", "x.docx");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("兹聘任周七为首席质量官", Text(_cli.File("x.docx")));
    }

    [Fact]
    public void A_list_of_entries_gives_one_document_each_named_by_a_field()
    {
        var data = Write("批量.yaml", $"- {Indent(Appointment.Replace("李娜", "甲"))}\n- {Indent(Appointment.Replace("李娜", "乙"))}\n");
        var r = _cli.Run("generate", "appointment", "--data", data, "--out", "聘书", "--name-by", "受聘人.姓名");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(["乙.docx", "甲.docx"], Directory.GetFiles(_cli.File("聘书")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("甲同志：", Text(_cli.File("聘书/甲.docx")));

        r = _cli.Run("generate", "appointment", "--data", data, "--out", "按序号");
        Assert.Equal(["appointment-001.docx", "appointment-002.docx"], Directory.GetFiles(_cli.File("按序号")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_bad_entry_in_a_list_writes_none_of_the_documents()
    {
        var data = Write("批量.yaml", $"- {Indent(Appointment)}\n- {Indent(Appointment.Replace("签发日期: 2025-01-01", ""))}\n");
        var r = _cli.Run("generate", "appointment", "--data", data, "--out", "聘书");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("第 2 项：签发日期: 缺少这个字段", r.Error);
        Assert.Contains("没有写出任何文件", r.Error);
        Assert.Empty(Directory.Exists(_cli.File("聘书")) ? Directory.GetFiles(_cli.File("聘书")) : []);
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_one_line_and_exit_1()
    {
        Write("占位", "a file where a folder should be");
        var r = _cli.Run("generate", "notice", "--out", "占位/通知.docx");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("写不了输出", r.Error);
        Assert.Single(r.Error.Trim().Split('\n'), l => l.StartsWith("cqodocs:", StringComparison.Ordinal));

        var list = Write("批量.yaml", $"- {Indent(Appointment)}\n");
        r = _cli.Run("generate", "appointment", "--data", list, "--out", "一份.docx");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--out 应当是文件夹", r.Error);
    }

    [Fact]
    public void Without_data_a_bundled_template_uses_its_example()
    {
        var r = _cli.Run("generate", "notice", "--out", "通知.docx");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("示例数据", r.Error);
        Assert.Contains("华东精密机械股份有限公司文件", Text(_cli.File("通知.docx")));
    }

    [Fact]
    public void From_a_region_fills_the_job_description_from_its_most_recent_rules()
    {
        var measures = new Document
        {
            Id = "hexi-2019-measures",
            Title = "河西市企业首席质量官管理办法",
            Date = new DateOnly(2019, 6, 1),
            Region = new Region("江南省", "河西市", null),
            Kind = DocumentKind.Measures,
            Units =
            [
                new Unit("第四条", "首席质量官职责", "（一）组织建立质量管理体系；\n（二）主持质量考核，行使质量安全“一票否决”。", [Topic.Duties]),
                new Unit("第五条", null, "首席质量官应当具备下列条件：\n（一）熟悉质量法律法规。", [Topic.Qualifications]),
                new Unit("第七条", null, "聘任期限为三年。", [Topic.Appointment]),
            ],
        };
        _cli.SaveCorpus(measures);

        var r = _cli.Run("generate", "job-description", "--from", "河西", "--out", "jd.docx");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("hexi-2019-measures", r.Error);
        var text = Text(_cli.File("jd.docx"));
        Assert.Contains("组织建立质量管理体系", text);
        Assert.Contains("《河西市企业首席质量官管理办法》第四条", text);
        Assert.Contains("主持质量考核，行使质量安全“一票否决”", text);
        Assert.Contains("熟悉质量法律法规", text);
        Assert.Contains("三年", text);

        r = _cli.Run("generate", "job-description", "--from", "岭北", "--out", "jd2.docx");
        Assert.Equal(1, r.ExitCode);
        Assert.False(File.Exists(_cli.File("jd2.docx")));
    }

    [Fact]
    public void From_qingyuan_takes_the_bundled_measures_duties_powers_and_qualifications()
    {
        var r = _cli.Run("generate", "job-description", "--from", "清远", "--replace", "--out", "清远.docx");

        Assert.Equal(0, r.ExitCode);
        var text = Text(_cli.File("清远.docx"));
        Assert.Contains("负责企业质量管理体系的建立、实施与持续改进", text);
        Assert.Contains("主持本企业内质量考核，行使质量安全“一票否决”", text);
        Assert.Contains("熟悉国家有关质量法律法规和质量政策", text);
        Assert.Contains("《清远市企业首席质量官管理办法（试行）》第五条", text);
        Assert.Contains("《清远市企业首席质量官管理办法（试行）》第六条", text);
        Assert.DoesNotContain("《质量手册》", text);
    }

    [Fact]
    public void A_missing_template_argument_is_a_usage_error()
    {
        Assert.Equal(2, _cli.Run("generate").ExitCode);
    }

    [Fact]
    public void Templates_lists_each_bundled_template_with_the_fields_it_needs()
    {
        var r = _cli.Run("templates");
        Assert.Equal(0, r.ExitCode);
        foreach (var name in new[] { "notice", "appointment", "job-description" }) Assert.Contains(name, r.Out);
        Assert.Contains("发文字号（格式：文号）", r.Out);
        Assert.Contains("受聘人.姓名", r.Out);
        Assert.Contains("职责（列表", r.Out);

        r = _cli.Run("templates", "appointment");
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("发文字号", r.Out);
    }

    [Fact]
    public void Every_bad_entry_of_a_batch_is_reported_and_skip_invalid_writes_the_good_ones()
    {
        var bad1 = Appointment.Replace("签发日期: 2025-01-01", "签发日期: 2025年13月45日").Replace("聘期结束: 2027-12-31", "聘期结束: 2024-12-31");
        var bad2 = Appointment.Replace("  - 内容: 质量一票否决", "  一票否决").Replace("权限:\n", "权限:");
        var data = Write("批量.yaml", $"- {Indent(bad1)}\n- {Indent(Appointment)}\n- {Indent(bad2)}\n");

        var r = _cli.Run("generate", "appointment", "--data", data, "--out", "聘书");
        Assert.Equal(1, r.ExitCode);
        var lines = r.Error.Trim().Split('\n');
        Assert.Contains(lines, l => l.Contains("第 1 项：签发日期", StringComparison.Ordinal) && l.Contains("不是真实的日期", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("第 1 项：聘期结束", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("第 3 项：权限", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("第 2 项", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_cli.File("聘书")) && Directory.EnumerateFileSystemEntries(_cli.File("聘书")).Any());

        r = _cli.Run("generate", "appointment", "--data", data, "--out", "聘书", "--skip-invalid");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(["appointment-002.docx"], Directory.GetFiles(_cli.File("聘书")).Select(Path.GetFileName));
        Assert.Contains("跳过有问题的 2 项", r.Out);
    }

    [Theory]
    [InlineData("a.txt")]
    [InlineData("数据.yaml")]
    [InlineData("a.doc")]
    public void An_output_extension_the_tool_cannot_write_is_a_usage_error(string output)
    {
        var data = Write("数据.yaml", Appointment);
        var before = File.ReadAllBytes(data);
        var r = _cli.Run("generate", "appointment", "--data", data, "--out", output);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(".docx 或 .pdf", r.Error);
        Assert.Equal(before, File.ReadAllBytes(data));
    }

    [Fact]
    public void The_template_of_the_run_and_files_the_tool_did_not_write_are_never_overwritten()
    {
        File.WriteAllBytes(_cli.File("my.docx"), TestTemplate());
        var template = File.ReadAllBytes(_cli.File("my.docx"));
        var data = Write("d.yaml", "姓名: 张伟\n");
        var r = _cli.Run("generate", _cli.File("my.docx"), "--data", data, "--out", "my.docx");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("模板", r.Error);
        Assert.Equal(template, File.ReadAllBytes(_cli.File("my.docx")));

        Write("notes.docx", "my own notes");
        r = _cli.Run("generate", _cli.File("my.docx"), "--data", data, "--out", "notes.docx");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("不是 cqodocs 生成的", r.Error);
        Assert.Equal("my own notes", File.ReadAllText(_cli.File("notes.docx")));

        Assert.Equal(0, _cli.Run("generate", _cli.File("my.docx"), "--data", data, "--out", "新/文件夹/out.docx").ExitCode);
        Assert.Equal(0, _cli.Run("generate", _cli.File("my.docx"), "--data", data, "--out", "新/文件夹/out.docx").ExitCode);
        Assert.Contains("兹聘任张伟", Text(_cli.File("新/文件夹/out.docx")));
    }

    [Fact]
    public void Pdf_output_without_libreoffice_names_the_package_to_install_and_writes_nothing()
    {
        var saved = Environment.GetEnvironmentVariable("CQODOCS_SOFFICE");
        Environment.SetEnvironmentVariable("CQODOCS_SOFFICE", _cli.File("没有这个程序"));
        try
        {
            var r = _cli.Run("generate", "appointment", "--out", "聘书.pdf");
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("libreoffice-writer-nogui", r.Error);
            Assert.False(File.Exists(_cli.File("聘书.pdf")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("CQODOCS_SOFFICE", saved);
        }
    }

    [Fact]
    public void Combine_puts_every_entry_in_one_document()
    {
        var data = Write("批量.yaml", $"- {Indent(Appointment)}\n- {Indent(Appointment.Replace("李娜", "王芳"))}\n");
        var r = _cli.Run("generate", "appointment", "--data", data, "--combine", "--out", "全部聘书.docx");
        Assert.Equal(0, r.ExitCode);
        var text = Text(_cli.File("全部聘书.docx"));
        Assert.Contains("李娜同志：", text);
        Assert.Contains("王芳同志：", text);
    }

    [Fact]
    public void From_adds_the_precedents_items_to_the_datas_own_and_says_so_item_by_item()
    {
        var r = _cli.Run("generate", "job-description", "--from", "清远", "--out", "清远.docx");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("原有 4 条保留", r.Error);
        Assert.Contains("--replace", r.Error);
        Assert.Contains(r.Error.Split('\n'), l => l.TrimStart().StartsWith("+ ", StringComparison.Ordinal));
        var text = Text(_cli.File("清远.docx"));
        Assert.Contains("《质量手册》", text);
        Assert.Contains("《清远市企业首席质量官管理办法（试行）》第五条", text);
    }

    [Fact]
    public void A_notice_from_a_precedent_cites_it()
    {
        var r = _cli.Run("generate", "notice", "--from", "清远", "--out", "通知.docx");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("参照《清远市企业首席质量官管理办法（试行）》执行。", Text(_cli.File("通知.docx")));
    }

    private static byte[] TestTemplate()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new W.Document(new Body(new Paragraph(new Run(new Text("兹聘任{{姓名}}")))));
        }
        return stream.ToArray();
    }

    private static string Indent(string yaml) => yaml.Replace("\n", "\n  ");
}
