using System.Globalization;
using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Query;

/// <summary>
/// Runs a query against an open index. Ranking: units containing more of the query's words come first
/// (all words above some); among equals, BM25 with column weights, boosted when the unit holds the whole
/// query as a phrase or is tagged with a topic the query names (see <see cref="RankingWeights"/>).
/// Ranked from the stored postings when the request has no filter (<see cref="PostingsRanker"/>), else by
/// FTS5's bm25() (<see cref="FtsRanker"/>): the two give the same order. Only the final hits' text is read.
/// </summary>
public sealed class UnitSearcher(SearchIndex index, Analyzer analyzer, RankingWeights? weights = null)
{
    private readonly RankingWeights _weights = weights ?? RankingWeights.Default;
    private readonly Highlighter _highlighter = new(analyzer);

    public SearchResult Search(SearchRequest request)
    {
        var parsed = QueryParser.Parse(request.Text, analyzer);
        if (parsed.IsEmpty || request.Limit <= 0) return new SearchResult(request.Text, parsed, 0, []);
        var filter = SearchFilter.For(request, index);
        if (filter.MatchesNothing) return new SearchResult(request.Text, parsed, 0, []);

        // No more hits than units: a huge --limit must not size buffers by itself.
        var limit = Math.Min(request.Limit, Math.Max(index.UnitCount, 1));
        var ranking = new PostingsRanker(index, _weights).Rank(parsed, filter, limit, request.CountTotal)
            ?? new FtsRanker(index, _weights).Rank(parsed, filter, limit, request.CountTotal);
        var units = ReadUnits(ranking.Units.Select(r => r.Id));
        return new SearchResult(request.Text, parsed, ranking.Total, ranking.Units.Select(r => ToHit(r, units[r.Id], parsed)).ToList());
    }

    /// <summary>The hits' rows in one statement: (document row id, unit) by unit row id.</summary>
    private Dictionary<long, (long Doc, Unit Unit)> ReadUnits(IEnumerable<long> ids)
    {
        using var command = index.Connection.CreateCommand();
        // Row ids are integers from the index itself: safe to write into the statement.
        command.CommandText = "SELECT id, doc, label, heading, text, topics, depth FROM units WHERE id IN ("
            + string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture))) + ")";
        using var reader = command.ExecuteReader();
        var units = new Dictionary<long, (long, Unit)>();
        while (reader.Read())
        {
            var topics = reader.GetString(5).Split(',', StringSplitOptions.RemoveEmptyEntries);
            var unit = new Unit(reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), topics, reader.GetInt32(6));
            units[reader.GetInt64(0)] = (reader.GetInt64(1), unit);
        }
        return units;
    }

    private SearchHit ToHit(RankedUnit ranked, (long Doc, Unit Unit) row, ParsedQuery parsed)
    {
        var document = index.Documents[row.Doc].Document;
        var unit = row.Unit;
        // A unit found only through the parts of a word shows those parts; otherwise the words themselves.
        var terms = new HashSet<string>(ranked.Coverage > 0 ? parsed.Words.Select(w => w.Term) : parsed.AllTerms, StringComparer.Ordinal);
        var score = ranked.Coverage + ranked.Relevance / (1 + ranked.Relevance);
        return new SearchHit(document, unit, ranked.Coverage, Math.Round(score, 4),
            _highlighter.Highlight(unit.Heading, terms), _highlighter.Snippet(unit.Text, terms));
    }
}
