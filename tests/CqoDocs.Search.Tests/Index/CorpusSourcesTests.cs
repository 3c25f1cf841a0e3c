using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Index;

namespace CqoDocs.Search.Tests.Index;

public sealed class CorpusSourcesTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private string Library => _folder.File("library");
    private string State => _folder.File("state.txt");

    public CorpusSourcesTests() => Directory.CreateDirectory(Library);

    public void Dispose() => _folder.Dispose();

    /// <summary>Writes a library file dated an hour ago, so its fingerprint is settled.</summary>
    private void Save(string id, string text, int minutesAgo = 60)
    {
        var path = Path.Combine(Library, id + ".md");
        File.WriteAllText(path, CorpusMarkdown.Write(new Document { Id = id, Title = id + " 标题", Units = [new Unit("第一条", null, text, [])] }));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-minutesAgo));
    }

    [Fact]
    public void The_hash_covers_the_bundled_corpus_and_the_library()
    {
        var source = CorpusSources.WithLibrary(Library, State);
        var empty = source.CurrentHash();
        Save("a", "正文");

        Assert.NotEqual(empty, CorpusSources.WithLibrary(Library, State).CurrentHash());
    }

    [Fact]
    public void A_library_file_written_again_changes_the_hash_although_the_state_file_remembers_the_old_one()
    {
        Save("a", "原来的正文");
        var loaded = CorpusSources.WithLibrary(Library, State).Stream().ContentHash;
        Assert.Equal(loaded, CorpusSources.WithLibrary(Library, State).CurrentHash());

        Save("a", "改过的正文", minutesAgo: 30);

        Assert.NotEqual(loaded, CorpusSources.WithLibrary(Library, State).CurrentHash());
    }

    [Fact]
    public void The_bad_files_of_an_unchanged_library_are_named_by_a_new_source_from_the_state_file()
    {
        Save("a", "正文");
        File.WriteAllText(Path.Combine(Library, "bad.md"), "没有文件头\n");
        File.SetLastWriteTimeUtc(Path.Combine(Library, "bad.md"), DateTime.UtcNow.AddHours(-1));
        CorpusSources.WithLibrary(Library, State).Stream();

        var fresh = CorpusSources.WithLibrary(Library, State);
        fresh.CurrentHash();

        Assert.Contains("bad.md:1", Assert.Single(fresh.Problems()));
        Assert.Contains("bad.md:1", File.ReadAllText(State));
    }
}
