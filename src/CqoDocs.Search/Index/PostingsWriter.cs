using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Index;

/// <summary>
/// Collects one segment's postings and unit lengths while its units are written (in consecutive row ids),
/// then stores them: everything ranking, phrase matching and facet counts read. A build flushes a segment
/// whenever <see cref="BufferedBytes"/> grows past its budget, so memory stays bounded whatever the corpus size.
/// </summary>
internal sealed class PostingsWriter(int segment)
{
    private readonly Dictionary<string, TermList> _terms = new(StringComparer.Ordinal);
    private readonly List<byte> _lengths = [];
    private long _firstUnit = -1;
    private long _lastUnit;

    public int Segment => segment;
    public bool IsEmpty => _firstUnit < 0;

    /// <summary>Roughly what the collected postings hold in memory.</summary>
    public long BufferedBytes { get; private set; }

    public void Add(long unitId, UnitTermPositions counts)
    {
        if (_firstUnit < 0) _firstUnit = unitId;
        else if (unitId != _lastUnit + 1) throw new InvalidOperationException("units must be added in consecutive row ids");
        _lastUnit = unitId;
        PostingsCodec.WriteVarint(_lengths, (ulong)counts.Length);
        for (var t = 0; t < counts.TermCount; t++)
        {
            var term = counts.Term(t);
            if (!_terms.TryGetValue(term, out var list))
            {
                _terms[term] = list = new TermList();
                // The dictionary entry and the term's own string.
                BufferedBytes += 64 + 2L * term.Length;
            }
            var before = list.Bytes.Count;
            PostingsCodec.WritePosting(list.Bytes, unitId - list.LastId, counts.PositionsOf(t));
            BufferedBytes += list.Bytes.Count - before;
            list.LastId = unitId;
            list.Count++;
        }
    }

    public void Write(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (IsEmpty) return;
        using var postings = connection.CreateCommand();
        postings.Transaction = transaction;
        postings.CommandText = "INSERT INTO term_postings (term, segment, units, postings) VALUES ($term, $segment, $units, $postings)";
        var term = postings.Parameters.Add("$term", SqliteType.Text);
        postings.Parameters.AddWithValue("$segment", segment);
        var units = postings.Parameters.Add("$units", SqliteType.Integer);
        var data = postings.Parameters.Add("$postings", SqliteType.Blob);
        postings.Prepare();
        // In term order: the b-tree is filled from left to right, page after page.
        foreach (var (text, list) in _terms.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            term.Value = text;
            units.Value = list.Count;
            data.Value = list.Bytes.ToArray();
            postings.ExecuteNonQuery();
        }
        using var lengths = connection.CreateCommand();
        lengths.Transaction = transaction;
        lengths.CommandText = "INSERT INTO unit_lengths (first_unit, units, lengths) VALUES ($first, $units, $lengths)";
        lengths.Parameters.AddWithValue("$first", _firstUnit);
        lengths.Parameters.AddWithValue("$units", _lastUnit - _firstUnit + 1);
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
