using CqoDocs.Core.Templates;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Tests.Templates;

/// <summary>
/// A template a person has opened and saved in a word processor: tags cut into several runs with
/// revision ids, spelling marks and bookmarks between the pieces. It must fill exactly like the original.
/// </summary>
public class EditedTemplateTests
{
    [Theory]
    [InlineData("notice")]
    [InlineData("appointment")]
    [InlineData("job-description")]
    public void A_bundled_template_with_every_tag_cut_apart_fills_the_same(string name)
    {
        var original = ReadResource(name);
        var edited = CutEveryTag(original);
        Assert.NotEqual(TagRunCount(original), TagRunCount(edited));

        var data = DataFile.Entries(DataFile.ParseYaml(BundledTemplates.ExampleYaml(name)!, name), name).Single();
        var expected = TestDocx.Lines(DocxTemplate.Load(original, name).Render(data));
        var actual = TestDocx.Lines(DocxTemplate.Load(edited, name + "（编辑过）").Render(data));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_field_keeps_the_formatting_of_the_run_it_stands_in()
    {
        var template = BuildWith(new Paragraph(
            new Run(new Text("致")),
            new Run(new RunProperties(new Bold(), new Color { Val = "C00000" }, new FontSize { Val = "36" }), new Text("{{姓名}}")),
            new Run(new Text("同志"))));
        var output = DocxTemplate.Load(template, "t").Render(new Dictionary<string, object?> { ["姓名"] = "张伟" });

        using var document = WordprocessingDocument.Open(new MemoryStream(output), false);
        var run = document.MainDocumentPart!.Document.Body!.Descendants<Run>().Single(r => r.InnerText == "张伟");
        Assert.NotNull(run.RunProperties!.Bold);
        Assert.Equal("C00000", run.RunProperties.Color!.Val!.Value);
        Assert.Equal("36", run.RunProperties.FontSize!.Val!.Value);
        Assert.Null(document.MainDocumentPart.Document.Body.Descendants<Run>().Single(r => r.InnerText == "致").RunProperties);
    }

    [Fact]
    public void A_tag_cut_across_differently_formatted_runs_takes_the_formatting_where_it_starts()
    {
        var template = BuildWith(new Paragraph(
            new Run(new RunProperties(new Italic()), new Text("{{企业")),
            new ProofError { Type = ProofingErrorValues.SpellStart },
            new Run(new RunProperties(new Bold()), new Text("名称}}公司")),
            new ProofError { Type = ProofingErrorValues.SpellEnd }));
        var output = DocxTemplate.Load(template, "t").Render(new Dictionary<string, object?> { ["企业名称"] = "甲" });

        using var document = WordprocessingDocument.Open(new MemoryStream(output), false);
        var runs = document.MainDocumentPart!.Document.Body!.Descendants<Run>().ToList();
        Assert.Equal(["甲", "公司"], runs.Select(r => r.InnerText));
        Assert.NotNull(runs[0].RunProperties!.Italic);
        Assert.NotNull(runs[1].RunProperties!.Bold);
        Assert.Empty(document.MainDocumentPart.Document.Body.Descendants<ProofError>());
    }

    [Fact]
    public void A_dotx_template_gives_a_document()
    {
        using var stream = new MemoryStream();
        stream.Write(TestDocx.Build("兹聘任{{姓名}}"));
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            document.ChangeDocumentType(WordprocessingDocumentType.Template);
        }
        var output = DocxTemplate.Load(stream.ToArray(), "t.dotx").Render(new Dictionary<string, object?> { ["姓名"] = "张伟" });
        using var result = WordprocessingDocument.Open(new MemoryStream(output), false);
        Assert.Equal(WordprocessingDocumentType.Document, result.DocumentType);
        Assert.Equal(["兹聘任张伟"], TestDocx.Lines(output));
    }

    /// <summary>Cuts every run holding "{{" into one-character runs with new rsids, spelling marks and bookmarks between them.</summary>
    private static byte[] CutEveryTag(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart!;
            var roots = new OpenXmlPartRootElement[] { main.Document }
                .Concat(main.HeaderParts.Select(h => (OpenXmlPartRootElement)h.Header))
                .Concat(main.FooterParts.Select(f => (OpenXmlPartRootElement)f.Footer));
            var bookmark = 900;
            foreach (var root in roots)
            {
                foreach (var run in root.Descendants<Run>().Where(r => r.InnerText.Contains("{{")).ToList())
                {
                    var text = run.InnerText;
                    for (var i = 0; i < text.Length; i++)
                    {
                        var piece = (Run)run.CloneNode(false);
                        piece.RsidRunAddition = (0x00B00000 + i).ToString("X8");
                        if (run.RunProperties is { } rp) piece.Append(rp.CloneNode(true));
                        piece.Append(new Text(text[i].ToString()) { Space = SpaceProcessingModeValues.Preserve });
                        run.InsertBeforeSelf(piece);
                        if (i % 3 == 1) run.InsertBeforeSelf(new ProofError { Type = ProofingErrorValues.SpellStart });
                        if (i % 5 == 2)
                        {
                            var id = (bookmark++).ToString();
                            run.InsertBeforeSelf(new BookmarkStart { Id = id, Name = "_Hlk" + id });
                            run.InsertBeforeSelf(new BookmarkEnd { Id = id });
                        }
                    }
                    run.Remove();
                }
                root.Save();
            }
        }
        return stream.ToArray();
    }

    private static int TagRunCount(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Descendants<Run>().Count();
    }

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(BundledTemplates).Assembly.GetManifestResourceStream($"templates/{name}.docx")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] BuildWith(Paragraph paragraph)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(paragraph));
        }
        return stream.ToArray();
    }
}
