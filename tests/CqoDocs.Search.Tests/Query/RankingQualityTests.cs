using CqoDocs.Core.Corpus;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using CqoDocs.Search.Query;
using CqoDocs.Search.Tests.Index;

namespace CqoDocs.Search.Tests.Query;

/// <summary>
/// Ranking quality over the bundled corpus, measured on judged queries (Query/judged-queries.tsv: a query,
/// then the units that answer it as docId/label). A change that makes answers rank worse fails here.
/// </summary>
public sealed class RankingQualityTests : IClassFixture<RankingQualityTests.BundledIndex>
{
    /// <summary>Floors a little under what the ranking reached when they were set (MRR 0.984, recall@5 0.962; 1.000 and 0.970 since the topics column weighs 1.0).</summary>
    private const double MinimumMeanReciprocalRank = 0.9;
    private const double MinimumRecallAt5 = 0.9;

    private readonly BundledIndex _index;

    public RankingQualityTests(BundledIndex index) => _index = index;

    [Fact]
    public void Judged_queries_find_their_answers_near_the_top()
    {
        var judged = JudgedQuery.Load(Path.Combine(AppContext.BaseDirectory, "Query", "judged-queries.tsv"));
        var searcher = new UnitSearcher(_index.Index, StandardAnalyzer.Shared);
        var reciprocalRanks = new List<double>();
        var recalls = new List<double>();
        var misses = new List<string>();
        foreach (var query in judged)
        {
            var ranked = searcher.Search(new SearchRequest(query.Text) { Limit = 50, CountTotal = false }).Hits
                .Select(h => $"{h.Document.Id}/{h.Unit.Label}").ToList();
            var first = ranked.FindIndex(query.Relevant.Contains);
            reciprocalRanks.Add(first < 0 ? 0 : 1.0 / (first + 1));
            recalls.Add(query.Relevant.Count(r => ranked.Take(5).Contains(r)) / (double)Math.Min(5, query.Relevant.Count));
            if (first != 0) misses.Add($"{query.Text}: first answer at {(first < 0 ? "none" : (first + 1).ToString())}, top: {string.Join(", ", ranked.Take(3))}");
        }
        var mrr = reciprocalRanks.Average();
        var recall = recalls.Average();
        var report = $"MRR {mrr:0.000}, recall@5 {recall:0.000} over {judged.Count} queries\n" + string.Join("\n", misses);

        Assert.True(judged.Count >= 20, "the judged set is too small to mean anything");
        Assert.True(mrr >= MinimumMeanReciprocalRank && recall >= MinimumRecallAt5, report);
    }

    [Fact]
    public void Every_judged_answer_exists_in_the_bundled_corpus()
    {
        var judged = JudgedQuery.Load(Path.Combine(AppContext.BaseDirectory, "Query", "judged-queries.tsv"));
        var units = _index.Corpus.Documents.SelectMany(d => d.Units.Select(u => $"{d.Id}/{u.Label}")).ToHashSet();
        var unknown = judged.SelectMany(q => q.Relevant).Where(r => !units.Contains(r)).ToList();
        Assert.True(unknown.Count == 0, string.Join(", ", unknown));
    }

    /// <summary>The bundled corpus indexed once for the class, with the product's analyzer.</summary>
    public sealed class BundledIndex : IDisposable
    {
        private readonly TempFolder _folder = new();

        public BundledIndex()
        {
            Corpus = CorpusLoader.LoadBundled();
            var path = _folder.File("bundled.sqlite");
            new IndexBuilder(StandardAnalyzer.Shared).Build(Corpus.Documents, Corpus.ContentHash, Corpus.Origin, path);
            Index = SearchIndex.Open(path);
        }

        public CorpusSet Corpus { get; }
        public SearchIndex Index { get; }

        public void Dispose()
        {
            Index.Dispose();
            _folder.Dispose();
        }
    }

    private sealed record JudgedQuery(string Text, IReadOnlyList<string> Relevant)
    {
        /// <summary>Lines of "query TAB docId/label[ docId/label…]"; # starts a comment.</summary>
        public static IReadOnlyList<JudgedQuery> Load(string path) =>
            File.ReadLines(path)
                .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
                .Select(l => l.Split('\t'))
                .Select(p => new JudgedQuery(p[0].Trim(), p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                .ToList();
    }
}
