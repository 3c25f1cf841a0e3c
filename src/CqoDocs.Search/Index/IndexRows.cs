using System.Globalization;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Index;

/// <summary>Inserts the rows of documents, units and meta values, with prepared statements reused for every row.</summary>
internal sealed class IndexRows
{
    private readonly SqliteCommand _document;
    private readonly SqliteCommand _unit;
    private readonly TextBlocks _texts;
    private readonly SqliteCommand _topic;
    private readonly SqliteCommand _meta;

    public IndexRows(SqliteConnection connection, SqliteTransaction transaction)
    {
        _document = Prepare(connection, transaction,
            "INSERT INTO documents (id, key, title, authority, doc_number, date, year, kind, script, province, city, district, validity, hash, source, first_unit, units) VALUES ($id, $key, $title, $authority, $number, $date, $year, $kind, $script, $province, $city, $district, $validity, $hash, $source, $first, $units)");
        _unit = Prepare(connection, transaction,
            "INSERT INTO units (id, doc, ordinal, label, heading, topics, depth, length) VALUES ($id, $doc, $ordinal, $label, $heading, $topics, $depth, $length)");
        _texts = new TextBlocks(connection, transaction);
        _topic = Prepare(connection, transaction, "INSERT OR IGNORE INTO unit_topics (topic, unit) VALUES ($topic, $unit)");
        _meta = Prepare(connection, transaction, "INSERT OR REPLACE INTO meta (key, value) VALUES ($key, $value)");
    }

    /// <param name="firstUnit">The row id of the document's first unit; the others follow it.</param>
    /// <param name="source">Its <see cref="DocumentSource.File"/>, or empty.</param>
    public void Document(long id, Document d, long firstUnit, string source) => Run(_document,
        ("$id", id), ("$key", d.Id), ("$title", d.Title), ("$authority", d.Authority), ("$number", d.DocNumber),
        ("$date", d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$year", d.Date?.Year),
        ("$kind", d.Kind.Key()), ("$script", d.Script.Key()),
        ("$province", d.Region.Province), ("$city", d.Region.City), ("$district", d.Region.District),
        ("$validity", ValidityFactsJson.Write(ValidityFacts.Of(d))),
        ("$hash", DocumentHash.Of(d)), ("$source", source), ("$first", firstUnit), ("$units", d.Units.Count));

    /// <summary>The document's unit texts, a few units to a block (<see cref="UnitTexts"/>).</summary>
    public void Texts(long firstUnit, Document d)
    {
        for (var i = 0; i < d.Units.Count; i += UnitTexts.BlockUnits)
        {
            var texts = d.Units.Skip(i).Take(UnitTexts.BlockUnits).Select(u => u.Text).ToList();
            _texts.Add(firstUnit + i, texts);
        }
    }

    /// <summary>Writes what is still held back: call before the transaction commits.</summary>
    public void Finish() => _texts.Finish();

    public void Unit(long id, long doc, int ordinal, Unit u, int length)
    {
        Run(_unit, ("$id", id), ("$doc", doc), ("$ordinal", ordinal), ("$label", u.Label), ("$heading", u.Heading),
            ("$topics", string.Join(',', u.Topics)), ("$depth", u.Depth), ("$length", length));
        foreach (var topic in u.Topics) Run(_topic, ("$topic", topic), ("$unit", id));
    }

    public void Meta(string key, string value) => Run(_meta, ("$key", key), ("$value", value));

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Run(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        if (command.Parameters.Count == 0)
        {
            foreach (var (name, _) in values) command.Parameters.Add(new SqliteParameter { ParameterName = name });
            command.Prepare();
        }
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i].Value ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}
