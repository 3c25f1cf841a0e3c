using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Index;

/// <summary>
/// What BM25 needs beyond a term's own postings, read once per open index: how many units there are,
/// each unit's length in tokens and their average. Postings are read on demand with one prepared statement.
/// </summary>
internal sealed class IndexStatistics
{
    private readonly long _firstUnit;
    private readonly int[] _lengths;
    private readonly SqliteCommand _postings;
    private readonly SqliteParameter _term;

    private IndexStatistics(SqliteConnection connection, long firstUnit, int[] lengths, double averageLength)
    {
        _firstUnit = firstUnit;
        _lengths = lengths;
        AverageLength = averageLength;
        _postings = connection.CreateCommand();
        _postings.CommandText = "SELECT units, postings FROM term_postings WHERE term = $term";
        _term = _postings.Parameters.Add("$term", SqliteType.Text);
        _term.Value = "";
        _postings.Prepare();
    }

    public int Units => _lengths.Length;
    public double AverageLength { get; }

    public static IndexStatistics Read(SqliteConnection connection, IReadOnlyDictionary<string, string> meta)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT first_unit, units, lengths FROM unit_lengths LIMIT 1";
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return new IndexStatistics(connection, 1, [], 0);
        var lengths = new int[reader.GetInt32(1)];
        var data = (byte[])reader.GetValue(2);
        var at = 0;
        for (var i = 0; i < lengths.Length; i++) lengths[i] = (int)PostingsCodec.ReadVarint(data, ref at);
        var total = long.Parse(meta[IndexSchema.MetaKeys.TotalTokens], CultureInfo.InvariantCulture);
        return new IndexStatistics(connection, reader.GetInt64(0), lengths, lengths.Length == 0 ? 0 : (double)total / lengths.Length);
    }

    public int LengthOf(long unitId) => _lengths[unitId - _firstUnit];

    /// <summary>The units holding <paramref name="term"/> (increasing row id), its weighted count and positions in each.</summary>
    public PostingsCodec.Decoded Postings(string term, ReadOnlySpan<double> columnWeights)
    {
        _term.Value = term;
        using var reader = _postings.ExecuteReader();
        if (!reader.Read()) return new PostingsCodec.Decoded([], [], [0], []);
        var count = reader.GetInt32(0);
        var data = (byte[])reader.GetValue(1);
        return PostingsCodec.ReadPostings(data, count, columnWeights);
    }
}
