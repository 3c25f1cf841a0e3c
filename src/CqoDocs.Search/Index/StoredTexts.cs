using Microsoft.Data.Sqlite;
using ZstdSharp;

namespace CqoDocs.Search.Index;

/// <summary>
/// Reads units' texts from their blocks (<see cref="UnitTexts"/>) for an open index, by one prepared
/// statement, keeping the last blocks unpacked: a page of hits often holds neighbouring units of one document.
/// </summary>
internal sealed class StoredTexts
{
    private const int KeptBlocks = 64;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _read;
    private readonly SqliteParameter _unit;
    private readonly Decompressor _plain = new();
    /// <summary>One decompressor per dictionary, each loaded once (an index has at most one).</summary>
    private readonly Dictionary<long, Decompressor> _withDictionary = [];
    private readonly LruCache _unpacked = new(KeptBlocks * UnitTexts.BlockUnits);

    public StoredTexts(SqliteConnection connection)
    {
        _connection = connection;
        _read = connection.CreateCommand();
        _read.CommandText = "SELECT first_unit, texts, dictionary FROM unit_texts WHERE first_unit <= $unit ORDER BY first_unit DESC LIMIT 1";
        _unit = _read.Parameters.Add("$unit", SqliteType.Integer);
        _unit.Value = 0L;
        _read.Prepare();
    }

    /// <summary>The unit's text; null when the index has no such unit.</summary>
    public string? Of(long unit)
    {
        if (_unpacked.TryGet(unit, out var cached)) return Text((UnitTexts.Unpacked)cached, unit);
        _unit.Value = unit;
        using var reader = _read.ExecuteReader();
        if (!reader.Read()) return null;
        var first = reader.GetInt64(0);
        var decompressor = reader.IsDBNull(2) ? _plain : WithDictionary(reader.GetInt64(2));
        var block = new UnitTexts.Unpacked((byte[])reader.GetValue(1), decompressor, first);
        // Kept under each of its units' ids, so a neighbour is found without a query.
        for (var id = first; id < first + block.Count; id++) _unpacked.Add(id, block);
        return Text(block, unit);
    }

    private Decompressor WithDictionary(long id)
    {
        if (_withDictionary.TryGetValue(id, out var known)) return known;
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT dictionary FROM text_dictionaries WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        var decompressor = new Decompressor();
        decompressor.LoadDictionary((byte[])command.ExecuteScalar()!);
        return _withDictionary[id] = decompressor;
    }

    private static string? Text(UnitTexts.Unpacked block, long unit) =>
        unit - block.FirstUnit is var i and >= 0 && i < block.Count ? block[(int)i] : null;
}
