using CqoDocs.Search.Analysis;
using CqoDocs.Search.Tests.Analysis;
using CqoDocs.Search.Index;

namespace CqoDocs.Search.Tests.Index;

/// <summary>A temp folder, a memory corpus and an index store over them.</summary>
internal sealed class IndexFixture : IDisposable
{
    /// <param name="pathIsOurs">As for the tool's own index folder, rather than a file the user named.</param>
    public IndexFixture(Analyzer? analyzer = null, bool pathIsOurs = false)
    {
        Analyzer = analyzer ?? TestAnalyzers.WordList();
        Corpus = new MemoryCorpus(MemoryCorpus.Sample());
        Store = new IndexStore(Folder.File("index.sqlite"), Corpus, Analyzer.Version, () => Analyzer, pathIsOurs);
    }

    public TempFolder Folder { get; } = new();
    public Analyzer Analyzer { get; }
    public MemoryCorpus Corpus { get; }
    public IndexStore Store { get; }
    public string IndexPath => Store.Path;

    public void Dispose() => Folder.Dispose();
}
