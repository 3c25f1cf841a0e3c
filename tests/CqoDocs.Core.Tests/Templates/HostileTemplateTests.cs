using System.IO.Compression;
using CqoDocs.Core.Templates;

namespace CqoDocs.Core.Tests.Templates;

public class HostileTemplateTests
{
    [Fact]
    public void A_part_that_would_inflate_hugely_is_refused_before_it_is_inflated()
    {
        var good = TestDocx.Build("兹聘任{{姓名}}");
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var source = new ZipArchive(new MemoryStream(good)))
            {
                foreach (var entry in source.Entries)
                {
                    using var from = entry.Open();
                    using var to = zip.CreateEntry(entry.FullName).Open();
                    from.CopyTo(to);
                }
            }
            using var bomb = zip.CreateEntry("word/media/bomb.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 80; i++) bomb.Write(zeros);
        }
        Assert.True(stream.Length < 1024 * 1024);
        var error = Assert.Throws<CqoDocsException>(() => DocxTemplate.Load(stream.ToArray(), "炸弹.docx"));
        Assert.Equal("炸弹.docx", error.File);
        Assert.Contains("拒绝解压", error.Message);
    }

    [Fact]
    public void Comments_in_the_template_that_look_like_markers_stay_comments()
    {
        var good = TestDocx.Build("兹聘任{{姓名}}同志");
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var source = new ZipArchive(new MemoryStream(good)))
        {
            foreach (var entry in source.Entries)
            {
                using var from = new StreamReader(entry.Open());
                var text = from.ReadToEnd();
                if (entry.FullName == "word/document.xml") text = text.Replace("<w:body>", "<w:body><!--cqodocs:f99--><!--cqodocs:s0--><!--cqodocs:e7-->", StringComparison.Ordinal);
                using var to = new StreamWriter(zip.CreateEntry(entry.FullName).Open());
                to.Write(text);
            }
        }
        var output = DocxTemplate.Load(stream.ToArray(), "t").Render(new Dictionary<string, object?> { ["姓名"] = "张伟" });
        Assert.Equal(["兹聘任张伟同志"], TestDocx.Lines(output));
    }

    [Fact]
    public void Generated_documents_carry_a_mark_that_plain_files_do_not()
    {
        var folder = Directory.CreateTempSubdirectory("cqodocs-mark-").FullName;
        try
        {
            var generated = Path.Combine(folder, "a.docx");
            File.WriteAllBytes(generated, DocxTemplate.Load(TestDocx.Build("兹聘任{{姓名}}"), "t").Render(new Dictionary<string, object?> { ["姓名"] = "张伟" }));
            var plain = Path.Combine(folder, "b.docx");
            File.WriteAllBytes(plain, TestDocx.Build("用户自己的文件"));
            var empty = Path.Combine(folder, "c.docx");
            File.WriteAllBytes(empty, []);

            Assert.True(GeneratedMark.IsGenerated(generated));
            Assert.False(GeneratedMark.IsGenerated(plain));
            Assert.False(GeneratedMark.IsGenerated(empty));
            var inputs = new Dictionary<string, string> { [generated] = "模板" };
            Assert.Throws<CqoDocsException>(() => GeneratedOutputGuard.Check(plain, new Dictionary<string, string>()));
            Assert.Throws<CqoDocsException>(() => GeneratedOutputGuard.Check(generated, inputs));
            GeneratedOutputGuard.Check(generated, new Dictionary<string, string>());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_combined_batch_starts_each_entry_on_a_new_page_numbered_from_one()
    {
        var template = DocxTemplate.Load(TestDocx.Build("兹聘任{{姓名}}"), "t");
        using var output = new MemoryStream();
        template.RenderCombined([new Dictionary<string, object?> { ["姓名"] = "甲" }, new Dictionary<string, object?> { ["姓名"] = "乙" }, new Dictionary<string, object?> { ["姓名"] = "丙" }], output);

        var lines = TestDocx.Lines(output.ToArray());
        Assert.Equal(["兹聘任甲", "", "兹聘任乙", "", "兹聘任丙"], lines);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(output.ToArray()), false);
        var sections = document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().ToList();
        Assert.Equal(3, sections.Count);
        Assert.All(sections, s => Assert.Equal(1, s.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageNumberType>()!.Start!.Value));
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
    }
}
