using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Index;

/// <summary>
/// What BM25 needs beyond a term's own postings, read once per open index: how many units there are,
/// each unit's length in tokens and their average, and the units removed since the last full build.
/// Postings are read on demand with one prepared statement, a term's segments in order.
/// </summary>
internal sealed class IndexStatistics
{
    private readonly long _firstUnit;
    private readonly int[] _lengths;
    private readonly HashSet<long> _deleted;
    private readonly SqliteCommand _postings;
    private readonly SqliteParameter _term;

    private IndexStatistics(SqliteConnection connection, long firstUnit, int[] lengths, HashSet<long> deleted, int units, double averageLength)
    {
        _firstUnit = firstUnit;
        _lengths = lengths;
        _deleted = deleted;
        Units = units;
        AverageLength = averageLength;
        _postings = connection.CreateCommand();
        _postings.CommandText = "SELECT units, postings FROM term_postings WHERE term = $term ORDER BY segment";
        _term = _postings.Parameters.Add("$term", SqliteType.Text);
        _term.Value = "";
        _postings.Prepare();
    }

    /// <summary>Units in the index now: BM25's number of documents.</summary>
    public int Units { get; }
    public double AverageLength { get; }

    public static IndexStatistics Read(SqliteConnection connection, IReadOnlyDictionary<string, string> meta)
    {
        var segments = new List<(long First, int[] Lengths)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT first_unit, units, lengths FROM unit_lengths ORDER BY first_unit";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var lengths = new int[reader.GetInt32(1)];
                var data = (byte[])reader.GetValue(2);
                var at = 0;
                for (var i = 0; i < lengths.Length; i++) lengths[i] = (int)PostingsCodec.ReadVarint(data, ref at);
                segments.Add((reader.GetInt64(0), lengths));
            }
        }
        var deleted = new HashSet<long>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT unit FROM deleted_units";
            using var reader = command.ExecuteReader();
            while (reader.Read()) deleted.Add(reader.GetInt64(0));
        }
        var units = int.Parse(meta[IndexSchema.MetaKeys.Units], CultureInfo.InvariantCulture);
        var total = long.Parse(meta[IndexSchema.MetaKeys.TotalTokens], CultureInfo.InvariantCulture);
        var first = segments.Count == 0 ? 1 : segments[0].First;
        var all = segments.Count == 0 ? [] : new int[segments[^1].First + segments[^1].Lengths.Length - first];
        foreach (var (start, lengths) in segments) lengths.CopyTo(all, start - first);
        return new IndexStatistics(connection, first, all, deleted, units, units == 0 ? 0 : (double)total / units);
    }

    public int LengthOf(long unitId) => _lengths[unitId - _firstUnit];

    /// <summary>The units holding <paramref name="term"/> (increasing row id), its weighted count and positions in each;
    /// a term of several tokens is read as their phrase (<see cref="PhrasePostings"/>).</summary>
    public PostingsCodec.Decoded Postings(string term, ReadOnlySpan<double> columnWeights)
    {
        if (IndexTokens.IsSingle(term)) return TokenPostings(term, columnWeights);
        var tokens = new List<PostingsCodec.Decoded>();
        foreach (var token in IndexTokens.Of(term)) tokens.Add(TokenPostings(token, columnWeights));
        return PhrasePostings.Of(tokens, columnWeights);
    }

    private PostingsCodec.Decoded TokenPostings(string term, ReadOnlySpan<double> columnWeights)
    {
        _term.Value = term;
        var segments = new List<(byte[] Data, int Count)>(1);
        using (var reader = _postings.ExecuteReader())
        {
            while (reader.Read()) segments.Add(((byte[])reader.GetValue(1), reader.GetInt32(0)));
        }
        return PostingsCodec.ReadPostings(segments, columnWeights, _deleted.Count == 0 ? null : _deleted);
    }
}
