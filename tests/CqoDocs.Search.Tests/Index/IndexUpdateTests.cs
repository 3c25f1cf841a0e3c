using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using CqoDocs.Search.Query;
using CqoDocs.Search.Tests.Query;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Tests.Index;

/// <summary>
/// A corpus changed by a few documents updates the index in place, and the index then ranks exactly as
/// one built from scratch would (same units, same scores, same totals), and as FTS5's bm25() ranks the rebuilt one.
/// </summary>
public sealed class IndexUpdateTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IReadOnlyList<Document> _documents = PostingsRankerTests.Recombined(CorpusLoader.LoadBundled(), 500);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Adding_a_document_updates_the_index_in_place_without_a_rebuild()
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        var builtAt = Meta(f.Store, IndexSchema.MetaKeys.BuiltAt);
        var rebuilds = 0;
        f.Store.Rebuilding += _ => rebuilds++;
        f.Corpus.Replace([.. MemoryCorpus.Sample(), new Document
        {
            Id = "new", Title = "新文件", Units = [new Unit("第一条", null, "首席质量官年度考核。", [Topic.Evaluation])],
        }]);

        var hits = IndexFreshnessTests.Search(f, "考核");

        Assert.Equal("new", Assert.Single(hits).Document.Id);
        Assert.Equal(0, rebuilds);
        Assert.Equal(builtAt, Meta(f.Store, IndexSchema.MetaKeys.BuiltAt));
        Assert.Equal("2", Meta(f.Store, IndexSchema.MetaKeys.Segments));
        Assert.True(f.Store.Inspect(deep: true).IsFresh);
    }

    [Fact]
    public void A_validity_declared_in_a_corpus_file_afterwards_reaches_the_index_by_an_update()
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        var rebuilds = 0;
        f.Store.Rebuilding += _ => rebuilds++;
        var sample = MemoryCorpus.Sample();
        f.Corpus.Replace([sample[0] with { Validity = new DeclaredValidity { Status = DocumentStatus.Repealed } }, .. sample.Skip(1)]);

        using var index = f.Store.OpenFresh();

        Assert.Equal(DocumentStatus.Repealed, IndexedValidity.Of(index, new DateOnly(2024, 1, 1))[sample[0].Id].Status);
        Assert.Equal(0, rebuilds);
    }

    [Fact]
    public void A_removed_or_edited_document_is_no_longer_found_by_its_old_words()
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        var sample = MemoryCorpus.Sample();
        var edited = sample[0] with { Units = [new Unit("第一条", null, "本办法自发布之日起施行。", [])] };
        f.Corpus.Replace([edited, sample[1]]);

        Assert.DoesNotContain(IndexFreshnessTests.Search(f, "一票否决"), h => h.Unit.Label == "第九条");
        Assert.DoesNotContain(IndexFreshnessTests.Search(f, "年度质量报告"), h => h.Document.Id == "taipei-2018-measures");
        Assert.Contains(IndexFreshnessTests.Search(f, "施行"), h => h.Document.Id == "qingyuan-2016-measures" && h.Unit.Text.Contains("施行"));
        using var index = f.Store.OpenFresh();
        Assert.Equal(2, index.DocumentCount);
        Assert.Equal(4, index.UnitCount);
    }

    [Fact]
    public void Removing_documents_only_updates_the_index_and_leaves_the_others_found()
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        var rebuilds = 0;
        f.Store.Rebuilding += _ => rebuilds++;
        f.Corpus.Replace(MemoryCorpus.Sample().Skip(1).ToList());

        Assert.DoesNotContain(IndexFreshnessTests.Search(f, "首席质量官"), h => h.Document.Id == "qingyuan-2016-measures");
        Assert.Contains(IndexFreshnessTests.Search(f, "首席质量官"), h => h.Document.Id == "hangzhou-2014-opinion");
        Assert.Equal(0, rebuilds);
        using var index = f.Store.OpenFresh();
        Assert.Equal(4, index.UnitCount);
        Assert.True(f.Store.Inspect(deep: true).IsFresh);
    }

    public static TheoryData<int> Steps() => [1, 2, 3, 4];

    /// <summary>Add a document, edit one, remove one, add another: after each step, updated and rebuilt rank alike.</summary>
    [Theory]
    [MemberData(nameof(Steps))]
    public void Ranking_after_updates_equals_ranking_after_a_full_build(int steps)
    {
        var corpus = new MemoryCorpus(_documents.Take(16).ToList());
        var store = new IndexStore(_folder.File("updated.sqlite"), corpus, StandardAnalyzer.Version, () => StandardAnalyzer.Shared);
        store.Rebuild();
        var rebuilds = 0;
        store.Rebuilding += _ => rebuilds++;
        var now = _documents.Take(16).ToList();
        var changes = new Action[]
        {
            () => now.Add(_documents[16]),
            () => now[3] = now[3] with { Units = [.. now[3].Units.Skip(2).Select(u => u with { Text = u.Text + "首席质量官应当参加培训。" })] },
            () => now.RemoveAt(5),
            () => now.Insert(0, _documents[17]),
        };
        foreach (var change in changes.Take(steps)) change();
        corpus.Replace(now.ToList());

        using var updated = store.OpenFresh();
        var rebuiltPath = _folder.File($"rebuilt-{steps}.sqlite");
        new IndexBuilder(StandardAnalyzer.Shared).Build(now, "h", "test", rebuiltPath);
        FtsReference.AddTo(rebuiltPath, now);
        using var rebuilt = SearchIndex.Open(rebuiltPath);

        Assert.Equal(0, rebuilds);
        Assert.Equal(rebuilt.UnitCount, updated.UnitCount);
        Assert.Equal(rebuilt.DocumentCount, updated.DocumentCount);
        Assert.Equal(rebuilt.Meta[IndexSchema.MetaKeys.TotalTokens], updated.Meta[IndexSchema.MetaKeys.TotalTokens]);
        Assert.Equal(rebuilt.Statistics.AverageLength, updated.Statistics.AverageLength);
        Assert.Equal(rebuilt.Statistics.Units, updated.Statistics.Units);
        foreach (var request in Requests(now))
        {
            Assert.Equal(Ranked(rebuilt, request, fts: false), Ranked(updated, request, fts: false));
            Assert.Equal(Ranked(rebuilt, request, fts: true), Ranked(updated, request, fts: false));
        }
    }

    [Fact]
    public void A_large_change_is_rebuilt_rather_than_updated()
    {
        var corpus = new MemoryCorpus(_documents.Take(2).ToList());
        var store = new IndexStore(_folder.File("index.sqlite"), corpus, StandardAnalyzer.Version, () => StandardAnalyzer.Shared);
        store.Rebuild();
        var rebuilds = 0;
        store.Rebuilding += _ => rebuilds++;
        var many = PostingsRankerTests.Recombined(CorpusLoader.LoadBundled(), 1100).Select(d => d with { Id = d.Id + "-x" }).ToList();
        corpus.Replace([.. _documents.Take(2), .. many]);

        using var index = store.OpenFresh();

        Assert.Equal(1, rebuilds);
        Assert.Equal("1", index.Meta[IndexSchema.MetaKeys.Segments]);
    }

    [Fact]
    public async Task A_reader_open_during_an_update_keeps_its_view_and_the_update_waits_for_it()
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        var reader = f.Store.OpenFresh();
        f.Corpus.Replace([.. MemoryCorpus.Sample(), new Document
        {
            Id = "new", Title = "新文件", Units = [new Unit("第一条", null, "首席质量官年度考核。", [Topic.Evaluation])],
        }]);

        var update = Task.Run(() => f.Store.OpenFresh().Dispose());
        await Task.Delay(300);
        var whileWaiting = new UnitSearcher(reader, f.Analyzer).Search(new SearchRequest("考核")).Hits;
        var finishedEarly = update.IsCompleted;
        reader.Dispose();
        await update.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(finishedEarly);
        Assert.Empty(whileWaiting);
        Assert.Equal("new", Assert.Single(IndexFreshnessTests.Search(f, "考核")).Document.Id);
        Assert.Equal("2", Meta(f.Store, IndexSchema.MetaKeys.Segments));
    }

    [Fact]
    public void A_rebuild_waits_while_another_writer_holds_the_index()
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        var writer = IndexWriteLock.Acquire(f.IndexPath);
        var rebuild = new Thread(() => f.Store.Rebuild());
        rebuild.Start();

        var finishedEarly = rebuild.Join(TimeSpan.FromMilliseconds(300));
        writer.Dispose();
        var finished = rebuild.Join(TimeSpan.FromSeconds(30));

        Assert.False(finishedEarly);
        Assert.True(finished);
        Assert.True(f.Store.Inspect().IsFresh);
    }

    [Fact]
    public void An_update_killed_before_it_committed_is_rolled_back_and_the_old_index_answers()
    {
        using var f = new IndexFixture(pathIsOurs: true);
        f.Store.Rebuild();
        var original = File.ReadAllBytes(f.IndexPath);
        using var crashed = new TempFolder();
        using (var connection = new SqliteConnection($"Data Source={f.IndexPath};Pooling=False"))
        {
            connection.Open();
            Sql(connection, "PRAGMA cache_size = 1; BEGIN IMMEDIATE; DELETE FROM units; DELETE FROM term_postings; DELETE FROM unit_lengths;");
            // The files as a killed process leaves them: changed pages already in the database, the old ones in the journal.
            File.Copy(f.IndexPath, crashed.File("index.sqlite"));
            File.Copy(f.IndexPath + "-journal", crashed.File("index.sqlite-journal"));
            Sql(connection, "ROLLBACK");
        }
        Assert.NotEqual(original, File.ReadAllBytes(crashed.File("index.sqlite")));
        var store = new IndexStore(crashed.File("index.sqlite"), f.Corpus, f.Analyzer.Version, () => f.Analyzer, pathIsOurs: true);
        var loads = f.Corpus.Loads;

        Assert.True(store.Inspect(deep: true).IsFresh);
        var hits = new IndexedSearch(store, () => f.Analyzer).Search(new SearchRequest("一票否决")).Hits;

        Assert.Equal("第九条", Assert.Single(hits).Unit.Label);
        Assert.Equal(loads, f.Corpus.Loads);
        Assert.Equal(["index.sqlite"], Directory.GetFiles(crashed.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_journal_beside_the_index_that_is_not_one_is_discarded_without_a_rebuild()
    {
        using var f = new IndexFixture();
        f.Store.Rebuild();
        File.WriteAllBytes(f.IndexPath + "-journal", File.ReadAllBytes(f.IndexPath)[..4096]);

        Assert.True(f.Store.Inspect(deep: true).IsFresh);
        Assert.Equal("第九条", Assert.Single(IndexFreshnessTests.Search(f, "一票否决")).Unit.Label);
        Assert.Equal(1, f.Corpus.Loads);
        Assert.Equal(["index.sqlite"], Directory.GetFiles(f.Folder.Path).Select(Path.GetFileName));
    }

    internal static IEnumerable<SearchRequest> Requests(IReadOnlyList<Document> documents)
    {
        var province = documents.Select(d => d.Region.Province).OfType<string>().First();
        var kind = documents[^1].Kind;
        var year = documents.Select(d => d.Date?.Year).OfType<int>().Order().ElementAt(documents.Count(d => d.Date is not null) / 2);
        foreach (var text in new[] { "首席质量官", "企业 质量", "任职条件", "一票否决", "培训 考核", "质量安全 一票否决", "首席质量官应当具备哪些条件", "岗位津贴" })
        {
            yield return new SearchRequest(text);
            yield return new SearchRequest(text) { Topics = [Topic.Duties] };
            yield return new SearchRequest(text) { Region = province };
            // Unit sets made from document ranges: the ranges of appended and removed documents must be right.
            yield return new SearchRequest(text) { Kind = kind };
            yield return new SearchRequest(text) { Since = year, Topics = [Topic.Qualifications] };
        }
    }

    /// <summary>Every unit the ranker returns, named by document key and label (row ids differ between the two files).</summary>
    internal static List<(string Document, string Label, int Coverage, double Relevance)> Ranked(SearchIndex index, SearchRequest request, bool fts)
    {
        var parsed = QueryParser.Parse(request.Text, StandardAnalyzer.Shared, SynonymTable.Empty);
        var filter = SearchFilter.For(request, index);
        var ranking = fts
            ? new FtsRanker(index, RankingWeights.Default).Rank(parsed, filter, 100_000, countTotal: true)
            : new PostingsRanker(index, RankingWeights.Default).Rank(parsed, filter, 100_000, countTotal: true);
        var names = new Dictionary<long, (string, string)>();
        using (var command = index.Connection.CreateCommand())
        {
            command.CommandText = "SELECT u.id, d.key, u.label FROM units u JOIN documents d ON d.id = u.doc";
            using var reader = command.ExecuteReader();
            while (reader.Read()) names[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(2));
        }
        Assert.Equal(ranking.Units.Count, ranking.Total);
        // Ties are broken by row id, which an update gives differently: compared in an order that ignores it.
        return ranking.Units.Select(u => (names[u.Id].Item1, names[u.Id].Item2, u.Coverage, u.Relevance))
            .OrderByDescending(u => u.Coverage).ThenByDescending(u => u.Relevance).ThenBy(u => u.Item1, StringComparer.Ordinal).ThenBy(u => u.Item2, StringComparer.Ordinal)
            .ToList();
    }

    private static string? Meta(IndexStore store, string key)
    {
        using var index = store.OpenFresh();
        return index.Meta.GetValueOrDefault(key);
    }

    private static void Sql(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
