using System.Text.Json;
using CqoDocs.Core.Corpus;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CqoDocs.Cli.Tests;

/// <summary>requirements and check end to end, on the bundled corpus.</summary>
public sealed class RequirementsCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Every_value_in_the_json_carries_the_exact_text_of_its_article()
    {
        var r = _cli.Run("requirements", "--format", "json", "--as-of", "2017-01-01");

        Assert.Equal(0, r.ExitCode);
        var corpus = CorpusLoader.LoadBundled();
        var root = JsonDocument.Parse(r.Out).RootElement;
        Assert.Equal("cqodocs requirements", root.GetProperty("generator").GetString());
        var count = 0;
        foreach (var doc in root.GetProperty("documents").EnumerateArray())
        {
            var document = corpus.Find(doc.GetProperty("id").GetString()!)!;
            foreach (var req in doc.GetProperty("requirements").EnumerateArray())
            {
                var source = req.GetProperty("source");
                var unit = document.FindUnit(source.GetProperty("unit").GetString()!)!;
                Assert.Equal(unit.Text[source.GetProperty("start").GetInt32()..source.GetProperty("end").GetInt32()], source.GetProperty("text").GetString());
                count++;
            }
        }
        Assert.True(count >= 10, $"only {count} requirements");
        var qingyuan = root.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "清远-2016-measures");
        var education = qingyuan.GetProperty("requirements").EnumerateArray().Single(q => q.GetProperty("kind").GetString() == "education");
        Assert.Equal("大学本科以上", education.GetProperty("value").GetString());
        Assert.Equal("《清远市企业首席质量官管理办法（试行）》第六条", education.GetProperty("citation").GetString());
        Assert.Equal("in-force", qingyuan.GetProperty("validity").GetProperty("status").GetString());
    }

    [Fact]
    public void The_trial_measure_has_run_out_and_in_force_leaves_it_out()
    {
        var all = _cli.Run("requirements", "--as-of", "2025-01-01");
        var inForce = _cli.Run("requirements", "--as-of", "2025-01-01", "--in-force");

        Assert.Contains("效力：试行期满 — “有效期2年”，自 2016-04-07 起算，至 2018-04-06 届满（第十四条）", all.Out);
        Assert.Contains("清远-2016-measures", all.Out);
        Assert.DoesNotContain("清远-2016-measures", inForce.Out);
        Assert.Contains("吉林-2013-opinion", inForce.Out);
    }

    [Fact]
    public void The_markdown_matrix_has_a_row_per_kind_and_marks_where_regions_differ()
    {
        var r = _cli.Run("requirements", "--matrix", "--format", "md", "--region", "清远", "--region", "吉林");

        Assert.Equal(0, r.ExitCode);
        var rows = r.Out.Split('\n').Where(l => l.StartsWith('|')).ToList();
        Assert.Equal(2 + 10, rows.Count);
        Assert.Contains("吉林省<br>《关于吉林省推行首席质量官制度的实施意见》<br>吉质联办〔2013〕10号", rows[0]);
        var term = rows.Single(l => l.Contains("聘期"));
        Assert.Contains("**聘期** ≠", term);
        Assert.Contains("≠ 2年（第十一条）", term);
        var training = rows.Single(l => l.StartsWith("| 任职培训"));
        Assert.Contains("任职培训（三（二））", training);
        Assert.Contains("任职培训（第六条）", training);
        Assert.DoesNotContain("≠", training);
    }

    [Fact]
    public void The_matrix_as_docx_is_valid_and_a_file_the_tool_did_not_write_is_kept()
    {
        var path = _cli.File("对照表.docx");
        var first = _cli.Run("requirements", "--matrix", "--out", path);
        var again = _cli.Run("requirements", "--matrix", "--out", path);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, again.ExitCode);
        using (var doc = WordprocessingDocument.Open(path, false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(doc));
            Assert.Contains("首席质量官任职要求对照表", doc.MainDocumentPart!.Document.InnerText);
        }
        var foreign = _cli.File("notes.json");
        File.WriteAllText(foreign, "{\"mine\": true}");
        var refused = _cli.Run("requirements", "--out", foreign);
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("{\"mine\": true}", File.ReadAllText(foreign));
        Assert.Single(refused.Error.Trim().Split('\n'));
        Assert.Contains("notes.json", refused.Error);
    }

    [Fact]
    public void The_requirements_file_can_be_written_and_rewritten()
    {
        var path = _cli.File("reqs.json");

        Assert.Equal(0, _cli.Run("requirements", "--out", path).ExitCode);
        Assert.Equal(0, _cli.Run("requirements", "--out", path).ExitCode);
        Assert.Equal("cqodocs requirements", JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("generator").GetString());
    }

    [Fact]
    public void An_unknown_region_is_bad_input_and_an_unknown_option_a_usage_error()
    {
        var region = _cli.Run("requirements", "--region", "火星");
        var option = _cli.Run("requirements", "--nonsense");

        Assert.Equal(1, region.ExitCode);
        Assert.Contains("火星", region.Error);
        Assert.Equal(2, option.ExitCode);
    }

    [Fact]
    public void Check_gives_a_verdict_per_region_with_each_clause_and_what_is_missing()
    {
        File.WriteAllText(_cli.File("张三.yaml"), "姓名: 张三\n学历: 大专\n质量工作年限: 6\n证书: [中级质量工程师]\n任职培训: 是\n企业规模: 中型\n");
        File.WriteAllText(_cli.File("李四.yaml"), "name: 李四\neducation: 大专\nyears: 6\ncertificates: []\ntrained: true\n");

        var met = _cli.Run("check", "张三.yaml", "--region", "清远");
        var notMet = _cli.Run("check", "李四.yaml", "--region", "清远", "--json");

        Assert.Equal(0, met.ExitCode);
        Assert.Contains("【符合】广东省清远市 《清远市企业首席质量官管理办法（试行）》", met.Out);
        Assert.Contains("✓ 符合 证书与职称：中级以上质量专业技术人员职业资格〔或·选项1〕 — 持有中级质量工程师（第六条）", met.Out);
        var doc = JsonDocument.Parse(notMet.Out).RootElement.GetProperty("candidates")[0].GetProperty("documents")[0];
        Assert.Equal("not-met", doc.GetProperty("verdict").GetString());
        Assert.Contains(doc.GetProperty("missing").EnumerateArray(), m => m.GetString()!.Contains("缺大学本科以上"));
    }

    [Fact]
    public void Check_writes_a_valid_review_form_and_reports_a_missing_profile()
    {
        File.WriteAllText(_cli.File("p.json"), "{\"学历\": \"大学本科\", \"质量工作年限\": 3}");

        var form = _cli.Run("check", "p.json", "--out", "审查表.docx");
        var missing = _cli.Run("check", "nobody.yaml");

        Assert.Equal(0, form.ExitCode);
        using (var doc = WordprocessingDocument.Open(_cli.File("审查表.docx"), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(doc));
            Assert.Contains("首席质量官任职资格审查表", doc.MainDocumentPart!.Document.InnerText);
        }
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nobody.yaml", missing.Error);
    }

    [Fact]
    public void Check_says_so_when_no_document_is_left_to_check_against()
    {
        File.WriteAllText(_cli.File("p.yaml"), "学历: 大专\n");

        var r = _cli.Run("check", "p.yaml", "--region", "清远", "--in-force", "--as-of", "2025-01-01");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("没有可用于审查的文件", r.Out);
    }

    [Fact]
    public void Check_mentions_profile_fields_it_does_not_use()
    {
        File.WriteAllText(_cli.File("p.yaml"), "学历: 大学本科\n年龄: 45\n");

        var r = _cli.Run("check", "p.yaml", "--region", "清远");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("年龄: 审查不用这个字段，已忽略", r.Error);
    }

    [Fact]
    public void Kind_narrows_the_matrix_to_the_rows_asked_for()
    {
        var r = _cli.Run("requirements", "--matrix", "--format", "md", "--kind", "聘期", "--kind", "education");
        var unknown = _cli.Run("requirements", "--kind", "身高");

        var rows = r.Out.Split('\n').Where(l => l.StartsWith('|')).Skip(2).ToList();
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("| **学历**", rows[0]);
        Assert.StartsWith("| **聘期**", rows[1]);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("--kind", unknown.Error);
    }
}
