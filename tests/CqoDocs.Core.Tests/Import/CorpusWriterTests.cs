using CqoDocs.Core.Corpus;
using CqoDocs.Core.Import;

namespace CqoDocs.Core.Tests.Import;

public class CorpusWriterTests
{
    private static readonly CorpusImporter Importer = new(ImportPipeline.Default);

    private const string Measures = "清远市企业首席质量官管理办法\n第一条 为落实企业质量主体责任，制定本办法。\n第二条 本办法适用于本市企业。\n清远市人民政府办公室\n2016年3月1日\n";
    private const string OtherMeasures = "清远市企业首席质量官管理办法\n第一条 为规范首席质量官管理，制定本办法。\n第二条 本办法自发布之日起施行。\n清远市人民政府办公室\n2016年5月1日\n";

    private static IReadOnlyList<WrittenDocument> ImportInto(TemporaryFolder folder, string corpus, bool force = false, params string[] paths)
    {
        var outcomes = Importer.Import(paths, folder.Path);
        Assert.All(outcomes, o => Assert.Null(o.Error));
        return CorpusWriter.WriteAll(outcomes, corpus, outcomes.Select(o => o.FullPath!).ToList(), force);
    }

    [Fact]
    public void A_written_file_loads_as_the_same_document_and_leaves_no_temporaries()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("a.txt"), Measures);
        var corpus = folder.File("corpus");

        var written = ImportInto(folder, corpus, paths: "a.txt").Single();

        var loaded = CorpusLoader.LoadDirectory(corpus).Documents.Single();
        Assert.Equal(written.Document.Units, loaded.Units);
        Assert.Equal(written.Document.Title, loaded.Title);
        Assert.Empty(Directory.EnumerateFileSystemEntries(corpus, "*.tmp*"));
    }

    [Fact]
    public void Two_different_pages_with_the_same_file_name_both_survive()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.File("one"));
        Directory.CreateDirectory(folder.File("two"));
        File.WriteAllText(folder.File("one/index.html"), $"<p>{Measures.Replace("\n", "</p><p>")}</p>");
        File.WriteAllText(folder.File("two/index.html"), $"<p>{OtherMeasures.Replace("\n", "</p><p>")}</p>");
        var corpus = folder.File("corpus");

        ImportInto(folder, corpus, paths: "one/index.html");
        ImportInto(folder, corpus, paths: "two/index.html");

        var documents = CorpusLoader.LoadDirectory(corpus).Documents;
        Assert.Equal(2, documents.Count);
        Assert.Contains(documents, d => d.Units[0].Text.Contains("落实"));
        Assert.Contains(documents, d => d.Units[0].Text.Contains("规范"));
    }

    [Fact]
    public void The_same_page_imported_again_is_the_same_document_not_a_duplicate()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("a.txt"), Measures);
        var corpus = folder.File("corpus");

        var first = ImportInto(folder, corpus, paths: "a.txt").Single();
        var again = ImportInto(folder, corpus, paths: "a.txt").Single();

        Assert.Equal(first.Document.Id, again.Document.Id);
        Assert.True(again.Unchanged);
        Assert.Single(Directory.EnumerateFiles(corpus, "*.md"));
    }

    [Fact]
    public void A_file_corrected_by_hand_is_not_overwritten_without_force()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("a.txt"), Measures);
        var corpus = folder.File("corpus");
        var path = ImportInto(folder, corpus, paths: "a.txt").Single().Path;
        var corrected = File.ReadAllText(path).Replace("本办法适用于本市企业。", "本办法适用于本市行政区域内的企业。");
        File.WriteAllText(path, corrected);

        var e = Assert.Throws<CqoDocsException>(() => ImportInto(folder, corpus, paths: "a.txt"));

        Assert.Contains("--force", e.Message);
        Assert.Equal(corrected, File.ReadAllText(path));
        ImportInto(folder, corpus, force: true, paths: "a.txt");
        Assert.Contains("本办法适用于本市企业。", File.ReadAllText(path));
    }

    [Fact]
    public void A_file_the_tool_did_not_write_is_never_overwritten()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("a.txt"), Measures);
        var corpus = folder.File("corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllText(Path.Combine(corpus, "清远-2016-measures.md"), "我的笔记，不是语料文件");
        Directory.CreateDirectory(Path.Combine(corpus, "清远-2016-measures-2.md"));

        var written = ImportInto(folder, corpus, paths: "a.txt").Single();

        Assert.Equal("清远-2016-measures-3", written.Document.Id);
        Assert.Equal("我的笔记，不是语料文件", File.ReadAllText(Path.Combine(corpus, "清远-2016-measures.md")));
    }

    [Fact]
    public void An_input_of_the_same_run_is_never_overwritten()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("清远-2016-measures.md"), Measures);

        var written = ImportInto(folder, folder.Path, paths: "清远-2016-measures.md").Single();

        Assert.Equal("清远-2016-measures-2", written.Document.Id);
        Assert.Equal(Measures, File.ReadAllText(folder.File("清远-2016-measures.md")));
    }

    [Fact]
    public void A_batch_that_cannot_be_written_whole_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("a.txt"), Measures);
        File.WriteAllText(folder.File("b.txt"), OtherMeasures);
        var corpus = folder.File("corpus");
        var path = ImportInto(folder, corpus, paths: "b.txt").Single().Path;
        File.AppendAllText(path, "\n手工补充的一段。\n");

        Assert.Throws<CqoDocsException>(() => ImportInto(folder, corpus, paths: ["a.txt", "b.txt"]));

        Assert.Single(Directory.EnumerateFiles(corpus, "*.md"));
        Assert.Contains("手工补充的一段。", File.ReadAllText(path));
    }

    [Fact]
    public void Parallel_imports_into_one_folder_keep_every_document()
    {
        using var folder = new TemporaryFolder();
        for (var i = 0; i < 8; i++) File.WriteAllText(folder.File($"{i}.txt"), Measures.Replace("本市企业", $"本市第{i}类企业"));
        var corpus = folder.File("corpus");

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => ImportInto(folder, corpus, paths: $"{i}.txt"));

        // The eight differ in one word, so the library lists them as one document: count what was written.
        var set = CorpusLoader.LoadDirectory(corpus);
        Assert.Empty(set.Problems);
        Assert.Equal(8, set.Documents.Count + set.Duplicates.Count);
    }

    [Fact]
    public void Temporaries_of_a_killed_run_are_removed_by_the_next_run_once_old()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("a.txt"), Measures);
        var corpus = folder.File("corpus");
        Directory.CreateDirectory(corpus);
        var stale = Path.Combine(corpus, $".x.md.{Guid.NewGuid():N}.tmp");
        var fresh = Path.Combine(corpus, $".y.md.{Guid.NewGuid():N}.tmp");
        var notOurs = Path.Combine(corpus, ".mine.tmp");
        foreach (var f in new[] { stale, fresh, notOurs }) File.WriteAllText(f, "半个文件");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-1));
        File.SetLastWriteTimeUtc(notOurs, DateTime.UtcNow.AddHours(-1));

        ImportInto(folder, corpus, paths: "a.txt");

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh));
        Assert.True(File.Exists(notOurs));
    }
}
