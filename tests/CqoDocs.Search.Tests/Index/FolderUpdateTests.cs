using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using CqoDocs.Search.Tests.Query;

namespace CqoDocs.Search.Tests.Index;

/// <summary>
/// A corpus folder changed by one file: the update tells the changed documents by their files alone, parses
/// only that file, and the index then ranks exactly as one built from the folder from scratch.
/// </summary>
public sealed class FolderUpdateTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IReadOnlyList<Document> _documents = PostingsRankerTests.Recombined(CorpusLoader.LoadBundled(), 500);

    public FolderUpdateTests()
    {
        Directory.CreateDirectory(Corpus);
        for (var i = 0; i < 16; i++) Save(i, _documents[i]);
    }

    public void Dispose() => _folder.Dispose();

    private string Corpus => _folder.File("corpus");

    private void Save(int file, Document document) =>
        File.WriteAllText(Path.Combine(Corpus, $"{file:D3}.md"), CorpusMarkdown.Write(document));

    public static TheoryData<string, int> Changes() => new()
    {
        { "added", 1 },
        { "edited", 1 },
        { "removed", 0 },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void One_file_changed_in_a_folder_updates_the_index_by_parsing_that_file_alone(string change, int parsed)
    {
        var source = new Watched(CorpusSources.Folder(Corpus, _folder.File("state/corpus.txt")));
        var store = new IndexStore(_folder.File("index.sqlite"), source, StandardAnalyzer.Version, () => StandardAnalyzer.Shared);
        store.Rebuild();
        var rebuilds = 0;
        store.Rebuilding += _ => rebuilds++;
        switch (change)
        {
            case "added": Save(16, _documents[16]); break;
            case "edited": Save(3, _documents[3] with { Units = [.. _documents[3].Units.Skip(1).Select(u => u with { Text = u.Text + "首席质量官应当参加培训。" })] }); break;
            default: File.Delete(Path.Combine(Corpus, "005.md")); break;
        }

        using var updated = store.OpenFresh();
        var rebuiltPath = _folder.File("rebuilt.sqlite");
        new IndexBuilder(StandardAnalyzer.Shared).Build(CorpusLoader.StreamDirectory(Corpus), "test", rebuiltPath);
        using var rebuilt = SearchIndex.Open(rebuiltPath);

        Assert.Equal(0, rebuilds);
        Assert.Equal(parsed, source.Streams[^1].FilesParsed);
        Assert.Equal(parsed, source.Streams[^1].FilesReread);
        Assert.Equal(rebuilt.DocumentCount, updated.DocumentCount);
        Assert.Equal(rebuilt.UnitCount, updated.UnitCount);
        Assert.Equal(rebuilt.Meta[IndexSchema.MetaKeys.TotalTokens], updated.Meta[IndexSchema.MetaKeys.TotalTokens]);
        Assert.Equal(rebuilt.Meta[IndexSchema.MetaKeys.CorpusHash], updated.Meta[IndexSchema.MetaKeys.CorpusHash]);
        foreach (var request in IndexUpdateTests.Requests(CorpusLoader.LoadDirectory(Corpus).Documents))
        {
            Assert.Equal(IndexUpdateTests.Ranked(rebuilt, request, fts: false), IndexUpdateTests.Ranked(updated, request, fts: false));
        }
    }

    [Fact]
    public void Documents_held_in_memory_are_still_told_apart_by_their_hash()
    {
        var corpus = new MemoryCorpus(_documents.Take(4).ToList());
        var store = new IndexStore(_folder.File("memory.sqlite"), corpus, StandardAnalyzer.Version, () => StandardAnalyzer.Shared);
        store.Rebuild();
        var rebuilds = 0;
        store.Rebuilding += _ => rebuilds++;
        corpus.Replace([_documents[0] with { Title = "改过标题的文件" }, .. _documents.Skip(1).Take(3)]);

        using var index = store.OpenFresh();

        Assert.Equal(0, rebuilds);
        Assert.Equal("改过标题的文件", index.Documents.Values.Single(d => d.Document.Id == _documents[0].Id).Document.Title);
    }

    /// <summary>A source that keeps the streams it gives, so a test can see what each one read.</summary>
    private sealed class Watched(ICorpusSource inner) : ICorpusSource
    {
        public List<CorpusStream> Streams { get; } = [];

        public string Origin => inner.Origin;

        public string CurrentHash() => inner.CurrentHash();

        public CorpusStream Stream()
        {
            var stream = inner.Stream();
            Streams.Add(stream);
            return stream;
        }
    }
}
