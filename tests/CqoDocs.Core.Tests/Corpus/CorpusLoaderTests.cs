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
    public void A_second_file_with_the_same_id_is_a_problem_and_the_first_still_loads()
    {
        Save("a", new DateOnly(2010, 1, 1));
        File.Copy(Path.Combine(_folder, "a.md"), Path.Combine(_folder, "copy.md"));

        var set = CorpusLoader.LoadDirectory(_folder);

        Assert.Equal(["a"], set.Documents.Select(d => d.Id));
        var problem = Assert.Single(set.Problems);
        Assert.Equal("id", problem.Field);
        Assert.EndsWith("copy.md", problem.File);
    }

    [Fact]
    public void A_broken_file_is_named_with_its_line_and_the_other_files_still_load()
    {
        Save("good", new DateOnly(2010, 1, 1));
        File.WriteAllText(Path.Combine(_folder, "broken.md"), "没有文件头的文字\n");
        File.WriteAllBytes(Path.Combine(_folder, "gbk.md"), [0xC7, 0xE5, 0xD4, 0xB6]);

        var set = CorpusLoader.LoadDirectory(_folder);

        Assert.Equal(["good"], set.Documents.Select(d => d.Id));
        Assert.Equal(["broken.md", "gbk.md"], set.Problems.Select(p => Path.GetFileName(p.File)));
        Assert.Equal(1, set.Problems[0].Line);
    }

    [Fact]
    public void The_library_adds_to_the_bundled_corpus_and_its_documents_are_marked_as_the_users()
    {
        Save("我的-2024-measures", new DateOnly(2024, 1, 1));
        var bundled = CorpusLoader.LoadBundled();

        var set = CorpusLoader.LoadWithLibrary(_folder);

        Assert.Equal(bundled.Documents.Count + 1, set.Documents.Count);
        Assert.True(set.IsInLibrary(set.Find("我的-2024-measures")!));
        Assert.False(set.IsInLibrary(bundled.Documents[0]));
        Assert.Equal(set.ContentHash, CorpusLoader.WithLibraryContentHash(_folder));
        Assert.NotEqual(bundled.ContentHash, set.ContentHash);
    }

    [Fact]
    public void A_missing_library_folder_is_an_empty_library()
    {
        var set = CorpusLoader.LoadWithLibrary(Path.Combine(_folder, "not-yet"));

        Assert.Equal(CorpusLoader.LoadBundled().Documents.Count, set.Documents.Count);
        Assert.Empty(set.LibraryIds);
    }

    [Fact]
    public void A_library_file_with_a_bundled_id_replaces_the_bundled_document()
    {
        var original = CorpusLoader.LoadBundled().Documents[0];
        File.WriteAllText(Path.Combine(_folder, original.Id + ".md"), CorpusMarkdown.Write(original with { Title = "改过的标题" }));

        var set = CorpusLoader.LoadWithLibrary(_folder);

        Assert.Equal("改过的标题", set.Find(original.Id)!.Title);
        Assert.Single(set.Documents, d => d.Id == original.Id);
        Assert.Empty(set.Problems);
    }

    [Fact]
    public void A_missing_folder_is_an_error_naming_it()
    {
        var missing = Path.Combine(_folder, "nope");

        var e = Assert.Throws<CqoDocsException>(() => CorpusLoader.LoadDirectory(missing));

        Assert.Equal(missing, e.File);
    }
}
