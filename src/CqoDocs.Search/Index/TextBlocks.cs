using Microsoft.Data.Sqlite;
using ZstdSharp;

namespace CqoDocs.Search.Index;

/// <summary>
/// Writes the unit text blocks (<see cref="UnitTexts"/>) with the index's dictionary (<see cref="TextDictionary"/>).
/// An index without one holds back its first blocks, up to <see cref="TextDictionary.SampleBytes"/>, trains the
/// dictionary on them, then writes them and every later block with it; so a build holds at most that much text,
/// and an update packs its blocks with the dictionary its build trained.
/// </summary>
internal sealed class TextBlocks : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insert;
    private readonly Compressor _compressor = new(UnitTexts.Level);
    private long? _dictionary;
    private List<(long FirstUnit, byte[] Plain)>? _held;
    private long _heldBytes;

    public TextBlocks(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = "INSERT INTO unit_texts (first_unit, texts, dictionary) VALUES ($first, $texts, $dictionary)";
        _insert.Parameters.Add("$first", SqliteType.Integer);
        _insert.Parameters.Add("$texts", SqliteType.Blob);
        _insert.Parameters.Add("$dictionary", SqliteType.Integer);
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT id, dictionary FROM text_dictionaries ORDER BY id DESC LIMIT 1";
        using var reader = read.ExecuteReader();
        if (reader.Read()) Use(reader.GetInt64(0), (byte[])reader.GetValue(1));
        else _held = [];
    }

    public void Add(long firstUnit, IReadOnlyList<string> texts)
    {
        var plain = UnitTexts.Plain(texts);
        if (_held is null)
        {
            Write(firstUnit, plain);
            return;
        }
        _held.Add((firstUnit, plain));
        _heldBytes += plain.Length;
        if (_heldBytes >= TextDictionary.SampleBytes) Release();
    }

    /// <summary>Writes the blocks still held (too few to have trained a dictionary yet).</summary>
    public void Finish()
    {
        if (_held is not null) Release();
    }

    private void Release()
    {
        var held = _held!;
        _held = null;
        if (TextDictionary.Train(held.Select(h => h.Plain).ToList()) is { } dictionary)
        {
            using var insert = _connection.CreateCommand();
            insert.Transaction = _transaction;
            insert.CommandText = "INSERT INTO text_dictionaries (dictionary) VALUES ($dictionary) RETURNING id";
            insert.Parameters.AddWithValue("$dictionary", dictionary);
            Use(Convert.ToInt64(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture), dictionary);
        }
        foreach (var (firstUnit, plain) in held) Write(firstUnit, plain);
    }

    private void Use(long id, byte[] dictionary)
    {
        _compressor.LoadDictionary(dictionary);
        _dictionary = id;
    }

    private void Write(long firstUnit, byte[] plain)
    {
        _insert.Parameters[0].Value = firstUnit;
        _insert.Parameters[1].Value = _compressor.Wrap(plain).ToArray();
        _insert.Parameters[2].Value = _dictionary is { } id ? id : DBNull.Value;
        _insert.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _compressor.Dispose();
        _insert.Dispose();
    }
}
