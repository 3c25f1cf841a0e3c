using System.IO.Compression;
using CqoDocs.Core.Templates;
using CqoDocs.Core.Word;

namespace CqoDocs.Core.Tests.Templates;

public class TemplateZipTests
{
    private static IReadOnlyDictionary<string, object?> Letter(string name)
    {
        var example = DataFile.Entries(DataFile.ParseYaml(BundledTemplates.ExampleYaml("appointment")!, "a.yaml"), "a").Single();
        return new Dictionary<string, object?>(example) { ["受聘人"] = new Dictionary<string, object?> { ["姓名"] = name } };
    }

    [Fact]
    public void Each_entry_is_one_document_in_the_zip_named_by_the_chosen_field()
    {
        using var output = new MemoryStream();

        var problems = TemplateZip.Write(BundledTemplates.Get("appointment"), [Letter("王一"), Letter("李二"), Letter("王一")], output, "受聘人.姓名", null);

        Assert.Empty(problems);
        using var zip = new ZipArchive(new MemoryStream(output.ToArray()));
        Assert.Equal(["王一.docx", "李二.docx", "王一-2.docx"], zip.Entries.Select(e => e.FullName));
        using var second = new MemoryStream();
        zip.GetEntry("李二.docx")!.Open().CopyTo(second);
        Assert.Contains(DocxPreview.Read(second.ToArray()), b => b.Text.Contains("李二"));
    }

    [Fact]
    public void Without_a_naming_field_the_files_are_numbered_after_the_template()
    {
        using var output = new MemoryStream();

        TemplateZip.Write(BundledTemplates.Get("appointment"), [Letter("王一"), Letter("李二")], output, null, null);

        using var zip = new ZipArchive(new MemoryStream(output.ToArray()));
        Assert.Equal(["appointment-001.docx", "appointment-002.docx"], zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void A_bad_entry_is_reported_with_its_number_and_nothing_is_written()
    {
        using var output = new MemoryStream();
        var bad = new Dictionary<string, object?>(Letter("李二")) { ["签发日期"] = "2024年2月30日" };
        bad.Remove("聘书编号");

        var problems = TemplateZip.Write(BundledTemplates.Get("appointment"), [Letter("王一"), bad], output, null, null);

        Assert.Equal([2, 2], problems.Select(p => p.Entry));
        Assert.Equal(["签发日期", "聘书编号"], problems.Select(p => p.Problem.Field).Order());
        Assert.Equal(0, output.Length);
    }
}
