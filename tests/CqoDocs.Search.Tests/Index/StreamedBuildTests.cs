using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Index;
using CqoDocs.Search.Query;
using CqoDocs.Search.Tests.Analysis;

namespace CqoDocs.Search.Tests.Index;

public sealed class StreamedBuildTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Search.Analysis.Analyzer _analyzer = TestAnalyzers.WordList();
    private string Corpus => _folder.File("corpus");

    public StreamedBuildTests() => Directory.CreateDirectory(Corpus);

    public void Dispose() => _folder.Dispose();

    private IndexStore Store() =>
        new(_folder.File("index.sqlite"), CorpusSources.Folder(Corpus), _analyzer.Version, () => _analyzer, pathIsOurs: true);

    private void Save(string id, string text, int year = 2016)
    {
        var document = new Document
        {
            Id = id, Title = id + " 管理办法", Date = new DateOnly(year, 1, 1), Kind = DocumentKind.Measures,
            Units = [new Unit("第一条", null, text, [Topic.Duties])],
        };
        File.WriteAllText(Path.Combine(Corpus, id + ".md"), CorpusMarkdown.Write(document));
    }

    private static List<string> Ids(IndexStore store, string query) =>
        new IndexedSearch(store, () => TestAnalyzers.WordList()).Search(new SearchRequest(query)).Hits.Select(h => h.Document.Id).ToList();

    [Fact]
    public void A_folder_is_built_from_its_files_read_one_group_at_a_time_and_is_then_fresh()
    {
        Save("a", "首席质量官负责组织制定企业质量安全制度。", 2014);
        Save("b", "首席质量官对质量安全问题具有一票否决权。", 2018);
        File.WriteAllText(Path.Combine(Corpus, "bad.md"), "没有文件头\n");
        var store = Store();

        var result = store.Rebuild();

        Assert.Equal(2, result.Documents);
        Assert.Equal(2, result.Units);
        Assert.True(store.Inspect(deep: true).IsFresh);
        Assert.Equal(["b"], Ids(store, "一票否决"));
        Assert.Contains("bad.md:1", Assert.Single(store.Source.Problems()));
    }

    [Fact]
    public void A_changed_file_is_updated_in_place_from_the_stream_without_a_rebuild()
    {
        Save("a", "首席质量官负责组织制定企业质量安全制度。");
        Save("b", "首席质量官应当参加培训。");
        var store = Store();
        store.Rebuild();
        var rebuilt = false;
        store.Rebuilding += _ => rebuilt = true;

        Save("b", "首席质量官对质量安全问题具有一票否决权。");
        using (store.OpenFresh())
        {
        }

        Assert.False(rebuilt);
        Assert.Equal(["b"], Ids(store, "一票否决"));
        Assert.Empty(Ids(store, "培训"));
    }

    [Fact]
    public void A_build_analyses_the_first_documents_before_the_last_ones_are_read()
    {
        const int documents = 200;
        var read = 0;
        IEnumerable<Document> Generate()
        {
            for (var d = 0; d < documents; d++)
            {
                read++;
                yield return new Document
                {
                    Id = $"doc-{d}", Title = $"第{d}号通知", Kind = DocumentKind.Notice,
                    Units = Enumerable.Range(0, 25).Select(u => new Unit($"第{u + 1}条", null, $"首席质量官第{u}项职责之{d}。", [])).ToList(),
                };
            }
        }
        var readAtFirstReport = -1;
        var progress = new Synchronous(p => { if (readAtFirstReport < 0) readAtFirstReport = read; });

        var result = new IndexBuilder(_analyzer).Build(CorpusStream.Of(Generate, documents, documents * 25L, "h"), "测试", _folder.File("built.sqlite"), progress);

        Assert.Equal(documents * 25, result.Units);
        Assert.InRange(readAtFirstReport, 1, documents / 2);
    }

    [Fact]
    public void Changes_stop_being_gathered_once_the_documents_to_add_outgrow_an_update()
    {
        var yielded = 0;
        IEnumerable<Document> All()
        {
            for (var d = 0; d < 100; d++)
            {
                yielded++;
                yield return new Document { Id = $"new-{d}", Title = "新文件", Units = [new Unit("一", null, "正文", []), new Unit("二", null, "正文", [])] };
            }
        }

        var changes = IndexChanges.Between(new Dictionary<string, string>(), All(), maxAddedUnits: 9);

        Assert.Null(changes);
        // Documents are hashed a stretch at a time: the stream stops within the stretch that went past the limit.
        Assert.InRange(yielded, 5, 64);
        Assert.Equal(100, IndexChanges.Between(new Dictionary<string, string>(), All())!.Added.Count);
    }

    /// <summary>Reports on the reporting thread, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class Synchronous(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
