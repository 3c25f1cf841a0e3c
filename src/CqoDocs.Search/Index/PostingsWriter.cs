using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Index;

/// <summary>
/// Collects every term's postings and every unit's length while the units are written (in increasing
/// row id), then stores them beside the FTS5 table: what ranking needs to score a term without asking
/// FTS5's bm25() to visit every row that holds it.
/// </summary>
internal sealed class PostingsWriter
{
    private readonly Dictionary<string, TermList> _terms = new(StringComparer.Ordinal);
    private readonly List<byte> _lengths = [];
    private long _firstUnit = -1;
    private long _lastUnit;

    public long TotalTokens { get; private set; }

    public void Add(long unitId, UnitTermPositions counts)
    {
        if (_firstUnit < 0) _firstUnit = unitId;
        if (unitId != _lastUnit + 1 && _lengths.Count > 0) throw new InvalidOperationException("units must be added in consecutive row ids");
        _lastUnit = unitId;
        PostingsCodec.WriteVarint(_lengths, (ulong)counts.Length);
        TotalTokens += counts.Length;
        foreach (var (term, positions) in counts.Terms)
        {
            if (!_terms.TryGetValue(term, out var list)) _terms[term] = list = new TermList();
            PostingsCodec.WritePosting(list.Bytes, unitId - list.LastId, positions);
            list.LastId = unitId;
            list.Count++;
        }
    }

    public void Write(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var postings = connection.CreateCommand();
        postings.Transaction = transaction;
        postings.CommandText = "INSERT INTO term_postings (term, units, postings) VALUES ($term, $units, $postings)";
        var term = postings.Parameters.Add("$term", SqliteType.Text);
        var units = postings.Parameters.Add("$units", SqliteType.Integer);
        var data = postings.Parameters.Add("$postings", SqliteType.Blob);
        postings.Prepare();
        foreach (var (text, list) in _terms)
        {
            term.Value = text;
            units.Value = list.Count;
            data.Value = list.Bytes.ToArray();
            postings.ExecuteNonQuery();
        }
        using var lengths = connection.CreateCommand();
        lengths.Transaction = transaction;
        lengths.CommandText = "INSERT INTO unit_lengths (first_unit, units, lengths) VALUES ($first, $units, $lengths)";
        lengths.Parameters.AddWithValue("$first", Math.Max(1, _firstUnit));
        lengths.Parameters.AddWithValue("$units", _firstUnit < 0 ? 0 : _lastUnit - _firstUnit + 1);
        lengths.Parameters.AddWithValue("$lengths", _lengths.ToArray());
        lengths.ExecuteNonQuery();
    }

    private sealed class TermList
    {
        public List<byte> Bytes { get; } = [];
        public long LastId { get; set; }
        public int Count { get; set; }
    }
}
