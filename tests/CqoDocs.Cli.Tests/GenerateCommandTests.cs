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
        var line = Assert.Single(r.Error.Trim().Split('\n'));
        Assert.Contains("法定代表人", line);
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
        Assert.Contains("第 2 项数据", r.Error);
        Assert.Contains("签发日期", r.Error);
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
        var r = _cli.Run("generate", "job-description", "--from", "清远", "--out", "清远.docx");

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

    private static string Indent(string yaml) => yaml.Replace("\n", "\n  ");
}
