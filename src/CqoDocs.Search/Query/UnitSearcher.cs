using CqoDocs.Core.Import.Text;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Query;

/// <summary>
/// Runs a query against an open index. Ranking: units containing more of the query's words come first
/// (all words above some); among equals, BM25 with column weights, boosted when the unit holds the whole
/// query as a phrase or is tagged with a topic the query names (see <see cref="RankingWeights"/>).
/// Ranked from the stored postings, filters included (<see cref="PostingsRanker"/>). Only the final hits' text is read.
/// The ranked candidates are then checked as a reader sees them (<see cref="VisibleWords"/>): a unit that
/// shows none of the words is dropped, the same text twice is listed once, and "命中 n/m" counts what shows.
/// </summary>
public sealed class UnitSearcher(SearchIndex index, Analyzer analyzer, RankingWeights? weights = null)
{
    private readonly RankingWeights _weights = weights ?? RankingWeights.Default;
    private readonly Highlighter _highlighter = new(analyzer);

    /// <summary>Rounds of asking the ranker for more candidates when too many are dropped.</summary>
    private const int MaxRounds = 3;

    public SearchResult Search(SearchRequest request)
    {
        var parsed = QueryParser.Parse(request.Text, analyzer);
        if (parsed.IsEmpty || request.Limit <= 0) return new SearchResult(request.Text, parsed, 0, []);
        var filter = SearchFilter.For(request, index);
        if (filter.MatchesNothing) return new SearchResult(request.Text, parsed, 0, []);

        // No more hits than units: a huge --limit must not size buffers by itself.
        var limit = Math.Min(request.Limit, Math.Max(index.UnitCount, 1));
        var visible = new VisibleWords(analyzer, parsed);
        // Under --topic, a unit that says the topic's words ranks above one that only carries the tag:
        // ask for more candidates, as the reordering may lift some from below the limit.
        var topicWords = request.Topics.SelectMany(t => Topic.ChineseNames.TryGetValue(t, out var n) ? n.Split('与') : []).ToList();
        var asked = limit + Math.Max(5, limit / 2) + (topicWords.Count > 0 ? 2 * limit : 0);
        int? counted = null;
        for (var round = 1; ; round++)
        {
            var ranking = new PostingsRanker(index, _weights).Rank(parsed, filter, asked, request.CountTotal && round == 1);
            counted ??= ranking.Total;
            var units = ReadUnits(ranking.Units.Select(r => r.Id));
            var checkedHits = Check(ranking.Units, units, visible, topicWords);
            // The ranker lists units holding a word before those holding only parts: once it has reached the
            // latter, asking for more finds only more of them.
            var exhausted = ranking.Units.Count < asked || ranking.Units[^1].Coverage == 0;
            if (checkedHits.Count >= limit || exhausted || round == MaxRounds)
            {
                var validity = IndexedValidity.Of(index, request.Day);
                var hits = checkedHits.Take(limit).Select(c => ToHit(c, units[c.Ranked.Id], parsed, validity)).ToList();
                // Every matching unit was checked: the total is what passed, not what the index matched.
                var total = ranking.Units.Count < asked && request.CountTotal ? checkedHits.Count : counted;
                return new SearchResult(request.Text, parsed, total, hits);
            }
            asked *= 4;
        }
    }

    private sealed record Checked(RankedUnit Ranked, int Visible, bool SaysTopic, HashSet<string> Marked);

    /// <summary>
    /// The candidates a reader would accept, in order: more words shown first; then (under --topic) those
    /// saying the topic; then more words held anywhere (a region or title the query names); then relevance.
    /// Units showing only parts of words (首席 of 首席质量官) are kept only when no unit shows a whole word.
    /// </summary>
    private static List<Checked> Check(IReadOnlyList<RankedUnit> ranked, Dictionary<long, (long Doc, Unit Unit)> units,
        VisibleWords visible, List<string> topicWords)
    {
        var result = new List<Checked>(ranked.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in ranked)
        {
            var unit = units[r.Id].Unit;
            var text = visible.Normalise(unit.Heading, unit.Text);
            var (count, marked) = visible.Find(text);
            if (count == 0 && !visible.HasPart(text)) continue;
            // One article from two sites, or a paragraph quoted twice: listed once.
            var key = TitleKey.Of(unit.Text);
            if (key.Length >= MinDuplicateKey && !seen.Add(key)) continue;
            result.Add(new Checked(r, count, topicWords.Count > 0 && VisibleWords.Says(text, topicWords), marked));
        }
        if (result.Any(c => c.Visible > 0)) result.RemoveAll(c => c.Visible == 0);
        return result
            .OrderByDescending(c => c.Visible)
            .ThenByDescending(c => c.SaysTopic)
            .ThenByDescending(c => c.Ranked.Coverage)
            .ThenByDescending(c => c.Ranked.Relevance)
            .ThenBy(c => c.Ranked.Id)
            .ToList();
    }

    /// <summary>
    /// The words shown, plus a fraction below 1 that orders hits as <see cref="Check"/> does: topic said,
    /// words held anywhere, relevance.
    /// </summary>
    private static double Score(Checked c, int words)
    {
        var within = (c.SaysTopic ? words + 1 : 0) + Math.Min(c.Ranked.Coverage, words) + c.Ranked.Relevance / (1 + c.Ranked.Relevance);
        return c.Visible + within / (2.0 * (words + 1));
    }

    /// <summary>Texts shorter than this (after folding) are too generic to call two units the same article.</summary>
    private const int MinDuplicateKey = 12;

    /// <summary>The hits' rows, by one prepared statement kept per open index (compiling a statement naming
    /// the ids cost more than reading the rows), and their texts from their documents' blocks.</summary>
    private Dictionary<long, (long Doc, Unit Unit)> ReadUnits(IEnumerable<long> ids)
    {
        var (command, id) = index.Cached(nameof(ReadUnits), () =>
        {
            var made = index.Connection.CreateCommand();
            made.CommandText = "SELECT doc, label, heading, topics, depth FROM units WHERE id = $id";
            var parameter = made.Parameters.Add("$id", SqliteType.Integer);
            parameter.Value = 0L;
            made.Prepare();
            return new UnitReader(made, parameter);
        });
        var texts = index.Cached(nameof(StoredTexts), () => new StoredTexts(index.Connection));
        var units = new Dictionary<long, (long, Unit)>();
        foreach (var unitId in ids)
        {
            id.Value = unitId;
            using var reader = command.ExecuteReader();
            if (!reader.Read()) continue;
            if (texts.Of(unitId) is not { } text) continue;
            var topics = reader.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries);
            var unit = new Unit(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), text, topics, reader.GetInt32(4));
            units[unitId] = (reader.GetInt64(0), unit);
        }
        return units;
    }

    private sealed record UnitReader(SqliteCommand Command, SqliteParameter Id);

    /// <summary>The hit as shown: marked heading and snippet, and its document's status on the day (does the rule still hold?).</summary>
    private SearchHit ToHit(Checked hit, (long Doc, Unit Unit) row, ParsedQuery parsed, IReadOnlyDictionary<string, DocumentValidity> validity)
    {
        var document = index.Documents[row.Doc].Document;
        var unit = row.Unit;
        // A unit showing only some parts of words shows those parts; otherwise the words (or synonyms) it holds.
        var terms = hit.Visible > 0 ? hit.Marked : new HashSet<string>(parsed.AllTerms, StringComparer.Ordinal);
        return new SearchHit(document, unit, hit.Visible, Math.Round(Score(hit, parsed.Words.Count), 6),
            _highlighter.Highlight(unit.Heading, terms), _highlighter.Snippet(unit.Text, terms))
        {
            Validity = validity.GetValueOrDefault(document.Id),
        };
    }
}
