using System.IO.Compression;
using CqoDocs.Core.Templates;

namespace CqoDocs.Core.Tests.Templates;

/// <summary>A file that is not a usable Word document is one error naming the file, never a crash.</summary>
public class CorruptTemplateTests
{
    public static TheoryData<string> Cases() => new(["not a zip", "truncated", "empty zip", "no main part", "broken XML"]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_corrupt_template_is_refused_with_its_name(string kind)
    {
        var good = TestDocx.Build("兹聘任{{姓名}}");
        var bytes = kind switch
        {
            "not a zip" => "这不是 Word 文件"u8.ToArray(),
            "truncated" => good[..(good.Length / 2)],
            "empty zip" => Zip(_ => { }),
            "no main part" => Rezip(good, name => name != "word/document.xml", null),
            _ => Rezip(good, _ => true, "word/document.xml"),
        };
        var error = Assert.Throws<CqoDocsException>(() => DocxTemplate.Load(bytes, "坏模板.docx"));
        Assert.Equal("坏模板.docx", error.File);
    }

    private static byte[] Zip(Action<ZipArchive> fill)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true)) fill(zip);
        return stream.ToArray();
    }

    private static byte[] Rezip(byte[] docx, Func<string, bool> keep, string? breakEntry)
    {
        using var source = new ZipArchive(new MemoryStream(docx));
        return Zip(zip =>
        {
            foreach (var entry in source.Entries.Where(e => keep(e.FullName)))
            {
                using var input = entry.Open();
                using var copy = new MemoryStream();
                input.CopyTo(copy);
                var content = copy.ToArray();
                if (entry.FullName == breakEntry) content = content[..(content.Length - 20)];
                using var output = zip.CreateEntry(entry.FullName).Open();
                output.Write(content);
            }
        });
    }
}
