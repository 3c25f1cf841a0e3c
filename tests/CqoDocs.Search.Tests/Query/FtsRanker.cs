using System.Globalization;
using System.Text;
using CqoDocs.Search.Index;
using CqoDocs.Search.Query;

namespace CqoDocs.Search.Tests.Query;

/// <summary>
/// The reference ranking, with FTS5 alone: bm25() over every matching row of the table
/// <see cref="FtsReference"/> adds, filters as SQL conditions. <see cref="PostingsRanker"/> must give the
/// same units, order, scores and totals (words without synonyms).
/// </summary>
internal sealed class FtsRanker(SearchIndex index, RankingWeights weights)
{
    public Ranking Rank(ParsedQuery parsed, SearchFilter searchFilter, int limit, bool countTotal)
    {
        var filter = FilterSql.Of(searchFilter);
        var parts = parsed.Parts.ToList();
        var any = FtsSyntax.AnyOf(parsed.Words, parts);
        List<RankedUnit> ranked = [];
        if (parsed.Words.Count > 1 || parts.Count > 0)
        {
            // Units with every word, ranked among themselves: enough when there are `limit` of them.
            ranked = Rank(FtsSyntax.AllOf(parsed.Words), parsed, filter, limit, coverAll: true);
        }
        if (ranked.Count < limit)
        {
            ranked = Rank(any, parsed, filter, limit, coverAll: parsed.Words.Count == 1 && parts.Count == 0);
        }
        return new Ranking(ranked, countTotal ? Count(any, filter) : null);
    }

    private List<RankedUnit> Rank(string match, ParsedQuery parsed, FilterSql filter, int limit, bool coverAll)
    {
        using var command = index.Connection.CreateCommand();
        var sql = new StringBuilder();
        var columnWeights = string.Join(", ", new[] { weights.Heading, weights.Body, weights.Topics, weights.Context }
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
                command.Parameters.AddWithValue($"$w{i}", FtsSyntax.Word(w));
                return $"(h.id IN (SELECT rowid FROM unit_fts WHERE unit_fts MATCH $w{i}))";
            })));
        }
        sql.Append(" AS coverage, h.rel * (1.0");
        if (parsed.Words.Count > 1)
        {
            command.Parameters.AddWithValue("$phrase", FtsSyntax.Phrase(parsed.Sequence));
            sql.Append(CultureInfo.InvariantCulture, $" + {weights.PhraseBoost:R} * (h.id IN (SELECT rowid FROM unit_fts WHERE unit_fts MATCH $phrase))");
        }
        if (parsed.Topics.Count > 0)
        {
            var names = parsed.Topics.Select((t, i) =>
            {
                command.Parameters.AddWithValue($"$qtopic{i}", t);
                return $"$qtopic{i}";
            });
            sql.Append(CultureInfo.InvariantCulture, $" + {weights.TopicBoost:R} * (h.id IN (SELECT unit FROM unit_topics WHERE topic IN ({string.Join(", ", names)})))");
        }
        sql.Append(") AS relevance");
        sql.Append($" FROM (SELECT rowid AS id, -bm25(unit_fts, {columnWeights}) AS rel FROM unit_fts WHERE unit_fts MATCH $match) AS h");
        sql.Append(filter.Joins).Append(filter.Where);
        sql.Append(" ORDER BY coverage DESC, relevance DESC, h.id LIMIT $limit");
        command.CommandText = sql.ToString();
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", limit);
        filter.Bind(command);
        var result = new List<RankedUnit>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) result.Add(new RankedUnit(reader.GetInt64(0), reader.GetInt32(1), reader.GetDouble(2)));
        return result;
    }

    private int Count(string match, FilterSql filter)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM (SELECT rowid AS id FROM unit_fts WHERE unit_fts MATCH $match) AS h"
            + filter.Joins + filter.Where;
        command.Parameters.AddWithValue("$match", match);
        filter.Bind(command);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
