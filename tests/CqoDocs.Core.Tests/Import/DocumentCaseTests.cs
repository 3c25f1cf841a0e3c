using CqoDocs.Core.Import;

namespace CqoDocs.Core.Tests.Import;

/// <summary>
/// Whole notices through the whole pipeline: every file in Cases/Documents and Cases/Seeds with a
/// "NAME.expected" beside it (the raw file keeps its own encoding: GBK, UTF-16, HTML …).
/// </summary>
public class DocumentCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "Documents", "Seeds" })
        {
            foreach (var expected in Directory.EnumerateFiles(ImportAssets.Path_(folder), "*.expected").Order(StringComparer.Ordinal))
            {
                data.Add(Path.Combine(folder, Path.GetFileNameWithoutExtension(expected)));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Imported_document_has_the_expected_metadata_units_and_topics(string name)
    {
        var raw = ImportAssets.Path_(name);
        var document = ImportPipeline.Default.Import(Path.GetFileName(raw), File.ReadAllBytes(raw));

        var problems = DocumentExpectation.Load(raw + ".expected").Check(document).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Imported_document_survives_the_corpus_format_unchanged(string name)
    {
        var raw = ImportAssets.Path_(name);
        var document = ImportPipeline.Default.Import(Path.GetFileName(raw), File.ReadAllBytes(raw));

        var read = CqoDocs.Core.Corpus.CorpusMarkdown.Read(CqoDocs.Core.Corpus.CorpusMarkdown.Write(document), document.Id + ".md");

        Assert.Equal(document with { Units = [] }, read with { Units = [] });
        Assert.Equal(document.Units, read.Units);
    }

    [Fact]
    public void Every_document_case_has_its_expectations()
    {
        foreach (var folder in new[] { "Documents", "Seeds" })
        {
            foreach (var file in Directory.EnumerateFiles(ImportAssets.Path_(folder)).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)))
            {
                Assert.True(File.Exists(file + ".expected"), $"{file} has no .expected file");
            }
        }
    }
}
