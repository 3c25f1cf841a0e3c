using System.Diagnostics;
using System.Globalization;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Index;

/// <summary>
/// Brings an index up to date with a corpus that changed by a few documents, in place and in ONE SQLite
/// transaction: removed documents' rows go and their units are listed as deleted; new documents are appended
/// as a new segment; the counts BM25 uses (units, tokens) are adjusted so ranking equals a full build's.
/// SQLite's rollback journal makes the update all or nothing: a crash leaves the journal, which the next
/// opening rolls back (<see cref="IndexFile.Recover"/>). Readers are safe: each holds its snapshot
/// (<see cref="SearchIndex"/>), and the update waits for them to finish before it commits.
/// </summary>
internal sealed class IndexUpdater(Analyzer analyzer)
{
    /// <summary>Below this many units, any change is small enough to update in place.</summary>
    private const int SmallChange = 1000;

    /// <summary>Segments after which the next change rebuilds: each adds a row to read per term.</summary>
    private const int MaxSegments = 128;

    /// <summary>How long to wait for readers to let go before giving up (the caller then rebuilds).</summary>
    private const int BusyMilliseconds = 5000;

    /// <summary>Null when the change is too large for an update (too many units changed or removed since the
    /// last build, too many segments): a full build is then better.</summary>
    public IndexUpdateResult? TryUpdate(string path, CorpusStream corpus)
    {
        var watch = Stopwatch.StartNew();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = BusyMilliseconds / 1000,
        }.ToString());
        connection.Open();
        IndexBuilder.Execute(connection, $"PRAGMA busy_timeout = {BusyMilliseconds}; PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;");
        using var transaction = connection.BeginTransaction();
        var meta = ReadMeta(connection, transaction);
        var indexed = ReadDocuments(connection, transaction);
        var units = Number(meta, IndexSchema.MetaKeys.Units);
        var lastUnit = Number(meta, IndexSchema.MetaKeys.LastUnit);
        var allowed = Math.Max(SmallChange, units / 10);
        // Past the allowed units the documents are not held: a full build reads them again, a few at a time.
        var changes = corpus.Sources is { } sources
            ? IndexChanges.Between(indexed.ToDictionary(d => d.Key, d => d.Value.Source, StringComparer.Ordinal), sources, corpus.DocumentsWith, allowed)
            : IndexChanges.Between(indexed.ToDictionary(d => d.Key, d => d.Value.Hash, StringComparer.Ordinal), corpus.Documents, allowed);
        if (changes is null) return null;
        var removedUnits = changes.Removed.Sum(k => indexed[k].Units);
        var deletedAfter = lastUnit - units + removedUnits;
        if (deletedAfter > Math.Max(SmallChange, units / 4) || Number(meta, IndexSchema.MetaKeys.Segments) >= MaxSegments)
        {
            return null;
        }

        var tokens = Number(meta, IndexSchema.MetaKeys.TotalTokens);
        foreach (var key in changes.Removed) tokens -= Remove(connection, transaction, indexed[key]);
        var appender = new IndexAppender(connection, transaction, analyzer,
            Number(meta, IndexSchema.MetaKeys.LastDocument), lastUnit, (int)Number(meta, IndexSchema.MetaKeys.Segments), corpus.Sources);
        appender.Add(changes.Added);
        appender.Finish();

        var rows = new IndexRows(connection, transaction);
        string Text(long n) => n.ToString(CultureInfo.InvariantCulture);
        rows.Meta(IndexSchema.MetaKeys.CorpusHash, corpus.ContentHash);
        rows.Meta(IndexSchema.MetaKeys.Documents, Text(Number(meta, IndexSchema.MetaKeys.Documents) - changes.Removed.Count + appender.Documents));
        rows.Meta(IndexSchema.MetaKeys.Units, Text(units - removedUnits + appender.Units));
        rows.Meta(IndexSchema.MetaKeys.TotalTokens, Text(tokens + appender.Tokens));
        rows.Meta(IndexSchema.MetaKeys.LastDocument, Text(appender.LastDocument));
        rows.Meta(IndexSchema.MetaKeys.LastUnit, Text(appender.LastUnit));
        rows.Meta(IndexSchema.MetaKeys.Segments, Text(appender.NextSegment));
        transaction.Commit();
        return new IndexUpdateResult(changes.Added.Count, changes.Removed.Count, watch.Elapsed);
    }

    private sealed record Indexed(long Id, string Hash, string Source, long FirstUnit, int Units);

    /// <summary>Takes a document's rows out and lists its units as deleted; returns the tokens they held.</summary>
    private long Remove(SqliteConnection connection, SqliteTransaction transaction, Indexed document)
    {
        var units = new List<(long Id, string[] Topics, long Length)>();
        using (var read = Command(connection, transaction, "SELECT id, topics, length FROM units WHERE id BETWEEN $first AND $last"))
        {
            read.Parameters.AddWithValue("$first", document.FirstUnit);
            read.Parameters.AddWithValue("$last", document.FirstUnit + document.Units - 1);
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                units.Add((reader.GetInt64(0), reader.GetString(1).Split(',', StringSplitOptions.RemoveEmptyEntries), reader.GetInt64(2)));
            }
        }
        using var topic = Command(connection, transaction, "DELETE FROM unit_topics WHERE topic = $topic AND unit = $unit");
        using var deleted = Command(connection, transaction, "INSERT OR IGNORE INTO deleted_units (unit) VALUES ($unit)");
        foreach (var (id, topics, _) in units)
        {
            foreach (var name in topics)
            {
                topic.Parameters.Clear();
                topic.Parameters.AddWithValue("$topic", name);
                topic.Parameters.AddWithValue("$unit", id);
                topic.ExecuteNonQuery();
            }
            deleted.Parameters.Clear();
            deleted.Parameters.AddWithValue("$unit", id);
            deleted.ExecuteNonQuery();
        }
        using (var rows = Command(connection, transaction, "DELETE FROM units WHERE id BETWEEN $first AND $last; DELETE FROM unit_texts WHERE first_unit BETWEEN $first AND $last; DELETE FROM documents WHERE id = $doc"))
        {
            rows.Parameters.AddWithValue("$first", document.FirstUnit);
            rows.Parameters.AddWithValue("$last", document.FirstUnit + document.Units - 1);
            rows.Parameters.AddWithValue("$doc", document.Id);
            rows.ExecuteNonQuery();
        }
        return units.Sum(u => u.Length);
    }

    private static Dictionary<string, string> ReadMeta(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = Command(connection, transaction, "SELECT key, value FROM meta");
        using var reader = command.ExecuteReader();
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) meta[reader.GetString(0)] = reader.GetString(1);
        return meta;
    }

    private static Dictionary<string, Indexed> ReadDocuments(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = Command(connection, transaction, "SELECT id, key, hash, source, first_unit, units FROM documents");
        using var reader = command.ExecuteReader();
        var documents = new Dictionary<string, Indexed>(StringComparer.Ordinal);
        while (reader.Read())
        {
            documents[reader.GetString(1)] = new Indexed(reader.GetInt64(0), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), reader.GetInt32(5));
        }
        return documents;
    }

    private static long Number(IReadOnlyDictionary<string, string> meta, string key) =>
        long.Parse(meta[key], NumberStyles.None, CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
