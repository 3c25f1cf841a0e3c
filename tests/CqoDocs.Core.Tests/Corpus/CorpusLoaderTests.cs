using CqoDocs.Core;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Tests.Corpus;

public sealed class CorpusLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cqodocs-corpus-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Save(string id, DateOnly date, string text = "正文")
    {
        var document = new Document
        {
            Id = id,
            Title = $"{id} 的标题",
            Date = date,
            Kind = DocumentKind.Measures,
            Units = [new Unit("第一条", null, text, [])],
        };
        File.WriteAllText(Path.Combine(_folder, id + ".md"), CorpusMarkdown.Write(document));
    }

    [Fact]
    public void A_folder_loads_newest_first()
    {
        Save("old", new DateOnly(2010, 1, 1));
        Save("new", new DateOnly(2020, 1, 1));

        var set = CorpusLoader.LoadDirectory(_folder);

        Assert.Equal(["new", "old"], set.Documents.Select(d => d.Id));
        Assert.Equal("old", set.Find("OLD")!.Id);
    }

    [Fact]
    public void The_content_hash_changes_when_a_file_changes_and_only_then()
    {
        Save("a", new DateOnly(2010, 1, 1));
        var before = CorpusLoader.LoadDirectory(_folder).ContentHash;
        Assert.Equal(before, CorpusLoader.DirectoryContentHash(_folder));

        Save("a", new DateOnly(2010, 1, 1), "改过的正文");

        Assert.NotEqual(before, CorpusLoader.LoadDirectory(_folder).ContentHash);
    }

    [Fact]
    public void Two_files_with_the_same_id_are_an_error()
    {
        Save("a", new DateOnly(2010, 1, 1));
        File.Copy(Path.Combine(_folder, "a.md"), Path.Combine(_folder, "copy.md"));

        var e = Assert.Throws<CqoDocsException>(() => CorpusLoader.LoadDirectory(_folder));

        Assert.Equal("id", e.Field);
    }

    [Fact]
    public void A_missing_folder_is_an_error_naming_it()
    {
        var missing = Path.Combine(_folder, "nope");

        var e = Assert.Throws<CqoDocsException>(() => CorpusLoader.LoadDirectory(missing));

        Assert.Equal(missing, e.File);
    }
}
