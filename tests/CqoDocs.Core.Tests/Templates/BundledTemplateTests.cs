using System.Text.RegularExpressions;
using CqoDocs.Core.Templates;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Tests.Templates;

/// <summary>Each bundled template filled with its example data: valid, complete, nothing left unfilled.</summary>
public class BundledTemplateTests
{
    public static TheoryData<string> Names() => new(BundledTemplates.Names);

    private static IReadOnlyDictionary<string, object?> Example(string name) =>
        DataFile.Entries(DataFile.ParseYaml(BundledTemplates.ExampleYaml(name)!, name + ".yaml"), name).Single();

    [Fact]
    public void The_three_templates_are_bundled_with_examples()
    {
        Assert.Equal(["appointment", "job-description", "notice"], BundledTemplates.Names);
        Assert.All(BundledTemplates.Names, n => Assert.NotNull(BundledTemplates.ExampleYaml(n)));
    }

    public static TheoryData<string, FileFormatVersions> NamesAndVersions()
    {
        var data = new TheoryData<string, FileFormatVersions>();
        foreach (var name in BundledTemplates.Names)
        {
            foreach (var version in new[] { FileFormatVersions.Office2007, FileFormatVersions.Office2010, FileFormatVersions.Office2019, FileFormatVersions.Microsoft365 })
            {
                data.Add(name, version);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(NamesAndVersions))]
    public void Output_passes_the_OpenXml_validator(string name, FileFormatVersions version)
    {
        var output = BundledTemplates.Get(name).Render(Example(name));
        using var document = WordprocessingDocument.Open(new MemoryStream(output), false);
        var errors = new OpenXmlValidator(version).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Output_passes_the_validator_with_its_default_settings()
    {
        foreach (var name in BundledTemplates.Names)
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(BundledTemplates.Get(name).Render(Example(name))), false);
            Assert.Empty(new OpenXmlValidator().Validate(document));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_template_itself_passes_the_OpenXml_validator(string name)
    {
        using var stream = typeof(BundledTemplates).Assembly.GetManifestResourceStream($"templates/{name}.docx")!;
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 }
            .SelectMany(v => new OpenXmlValidator(v).Validate(document))
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Output_has_no_tags_left(string name)
    {
        var text = TestDocx.AllText(BundledTemplates.Get(name).Render(Example(name)));
        Assert.DoesNotContain("{{", text);
        Assert.DoesNotContain("}}", text);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Blocks_leave_no_empty_paragraphs(string name)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(BundledTemplates.Get(name).Render(Example(name))), false);
        var body = document.MainDocumentPart!.Document.Body!;
        // The empty paragraphs allowed: the one Word needs after a final table, the notice's spacers that hold the head in place, and the gaps between the job description's tables.
        string[] spacers = ["GwTopLine", "GwMarkSpacer", "GwUpwardSpacer", "JdGap"];
        var empty = body.Descendants<Paragraph>()
            .Where(p => p.Parent is not TableCell && TestDocx.ParagraphText(p).Length == 0)
            .Where(p => !spacers.Contains(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value))
            .Where(p => !(p == body.Elements<Paragraph>().Last() && p.PreviousSibling() is Table))
            .ToList();
        Assert.Empty(empty);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_value_of_the_example_data_appears_in_the_output(string name)
    {
        // A title broken into lines still holds every word.
        var text = TestDocx.AllText(BundledTemplates.Get(name).Render(Example(name))).Replace("⏎", "", StringComparison.Ordinal);
        var missing = Leaves(Example(name))
            .Select(v => ValueFormatter.Format(v, null, m => new InvalidOperationException(m)))
            .Where(v => !text.Contains(v, StringComparison.Ordinal))
            .ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_template_lists_the_fields_its_example_fills(string name)
    {
        var outline = BundledTemplates.Get(name).Outline;
        var example = Example(name);
        var scope = new DataScope(example);
        Assert.All(outline.Entries.Where(e => !e.Optional), e => Assert.True(scope.TryResolve(e.Name, out _), $"{name}: example lacks {e.Name}"));
        Assert.All(example.Keys, k => Assert.Contains(outline.Entries, e => e.Name == k || e.Name.StartsWith(k + ".", StringComparison.Ordinal)));
    }

    [Fact]
    public void Unseen_data_fills_the_notice_without_optional_parts_and_one_attachment_unnumbered()
    {
        var data = new Dictionary<string, object?>
        {
            ["发文机关"] = "北方重型装备集团有限公司",
            ["发文字号"] = "北重发[2025]第007号",
            ["标题"] = "关于设立首席质量官岗位的通知",
            ["主送"] = "集团各单位",
            ["导语"] = "为加强质量管理，集团决定设立首席质量官岗位。",
            ["章节"] = new List<object?> { new Dictionary<string, object?> { ["标题"] = "岗位设置" } },
            ["附件"] = new List<object?> { "首席质量官岗位说明书" },
            ["成文日期"] = "2025-01-09",
            ["印发机关"] = "集团办公室",
            ["印发日期"] = "2025/1/9",
        };
        var lines = TestDocx.Lines(BundledTemplates.Get("notice").Render(data));
        Assert.Contains("北重发〔2025〕7号", lines);
        Assert.Contains("一、岗位设置", lines);
        Assert.Contains("2025年1月9日", lines);
        Assert.Contains("附件：首席质量官岗位说明书", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("抄送", StringComparison.Ordinal));
        Assert.Contains("集团办公室2025年1月9日印发", lines.Select(l => l.Replace("|", "").Replace(" ", "")));
    }

    private static IEnumerable<object?> Leaves(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map.Values.SelectMany(Leaves),
        IReadOnlyList<object?> list => list.SelectMany(Leaves),
        _ => [value],
    };
}
