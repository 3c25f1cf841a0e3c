using System.Globalization;
using System.Text;
using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Query;

/// <summary>
/// Runs a query against an open index. Ranking: units containing more of the query's words come first
/// (all words above some); among equals, BM25 with column weights, boosted when the unit holds the whole
/// query as a phrase or is tagged with a topic the query names (see <see cref="RankingWeights"/>).
/// When every word is required and enough units have them all, the cheaper AND query alone answers.
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

        var words = parsed.Words.Select(w => w.Term).ToList();
        var any = parsed.AllTerms.ToList();
        List<Ranked> ranked = [];
        if (words.Count > 1 || any.Count > words.Count)
        {
            // Fast path: units with every word, ranked among themselves.
            ranked = Rank(FtsSyntax.And(words), parsed, filter, request.Limit, coverAll: true);
        }
        if (ranked.Count < request.Limit)
        {
            ranked = Rank(FtsSyntax.Or(any), parsed, filter, request.Limit, coverAll: any.Count == 1);
        }
        int? total = request.CountTotal ? Count(FtsSyntax.Or(any), filter) : null;
        var units = ReadUnits(ranked.Select(r => r.Id));
        return new SearchResult(request.Text, parsed, total, ranked.Select(r => ToHit(r, units[r.Id], parsed)).ToList());
    }

    private sealed record Ranked(long Id, int Coverage, double Relevance);

    private List<Ranked> Rank(string match, ParsedQuery parsed, SearchFilter filter, int limit, bool coverAll)
    {
        using var command = index.Connection.CreateCommand();
        var sql = new StringBuilder();
        var weights = string.Join(", ", new[] { _weights.Heading, _weights.Body, _weights.Topics, _weights.Context }
            .Select(w => w.ToString("R", CultureInfo.InvariantCulture)));
        sql.Append("SELECT h.id, ");
        if (coverAll)
        {
            sql.Append(parsed.Words.Count.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            // Each word's matching row ids are collected once (an uncorrelated IN subquery), then looked up per hit.
            sql.Append(string.Join(" + ", parsed.Words.Select((w, i) =>
            {
                command.Parameters.AddWithValue($"$w{i}", FtsSyntax.Quote(w.Term));
                return $"(h.id IN (SELECT rowid FROM unit_fts WHERE unit_fts MATCH $w{i}))";
            })));
        }
        sql.Append(" AS coverage, h.rel * (1.0");
        if (parsed.Words.Count > 1)
        {
            command.Parameters.AddWithValue("$phrase", FtsSyntax.Phrase(parsed.Sequence));
            sql.Append(CultureInfo.InvariantCulture, $" + {_weights.PhraseBoost:R} * (h.id IN (SELECT rowid FROM unit_fts WHERE unit_fts MATCH $phrase))");
        }
        if (parsed.Topics.Count > 0)
        {
            var names = parsed.Topics.Select((t, i) =>
            {
                command.Parameters.AddWithValue($"$qtopic{i}", t);
                return $"$qtopic{i}";
            });
            sql.Append(CultureInfo.InvariantCulture, $" + {_weights.TopicBoost:R} * (h.id IN (SELECT unit FROM unit_topics WHERE topic IN ({string.Join(", ", names)})))");
        }
        sql.Append(") AS relevance");
        sql.Append($" FROM (SELECT rowid AS id, -bm25(unit_fts, {weights}) AS rel FROM unit_fts WHERE unit_fts MATCH $match) AS h");
        sql.Append(filter.Joins).Append(filter.Where);
        sql.Append(" ORDER BY coverage DESC, relevance DESC, h.id LIMIT $limit");
        command.CommandText = sql.ToString();
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", limit);
        filter.Bind(command);
        var result = new List<Ranked>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) result.Add(new Ranked(reader.GetInt64(0), reader.GetInt32(1), reader.GetDouble(2)));
        return result;
    }

    private int Count(string match, SearchFilter filter)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM (SELECT rowid AS id FROM unit_fts WHERE unit_fts MATCH $match) AS h"
            + filter.Joins + filter.Where;
        command.Parameters.AddWithValue("$match", match);
        filter.Bind(command);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
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

    private SearchHit ToHit(Ranked ranked, (long Doc, Unit Unit) row, ParsedQuery parsed)
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
