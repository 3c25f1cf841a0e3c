using System.Globalization;
using CqoDocs.Core.Model;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Index;

/// <summary>
/// An open, read-only index file. Read-only and unpooled: a rebuild replaces the file by a rename, and
/// this connection keeps reading the file it opened until it is disposed. It reads inside one transaction
/// begun at opening, so an incremental update (which writes the file in place) is seen entirely or not at
/// all, and never between the statistics, postings and rows of one search; the update waits to commit
/// until open indexes are disposed.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private IReadOnlyDictionary<long, IndexedDocument>? _documents;
    private IndexStatistics? _statistics;
    private readonly LruCache _cache = new(MaxCached);
    private const int MaxCached = 256;

    private SearchIndex(string path, SqliteConnection connection, IReadOnlyDictionary<string, string> meta)
    {
        Path = path;
        Connection = connection;
        Meta = meta;
    }

    public string Path { get; }
    internal SqliteConnection Connection { get; }
    public IReadOnlyDictionary<string, string> Meta { get; }

    public string? CorpusHash => Meta.GetValueOrDefault(IndexSchema.MetaKeys.CorpusHash);
    public string? AnalyzerVersion => Meta.GetValueOrDefault(IndexSchema.MetaKeys.AnalyzerVersion);
    public int UnitCount => int.TryParse(Meta.GetValueOrDefault(IndexSchema.MetaKeys.Units), CultureInfo.InvariantCulture, out var n) ? n : 0;
    public int DocumentCount => int.TryParse(Meta.GetValueOrDefault(IndexSchema.MetaKeys.Documents), CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>Opens an index and reads its meta table; throws SqliteException when it is not a readable index.</summary>
    internal static SearchIndex Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            using (var begin = connection.CreateCommand())
            {
                // A raw BEGIN: the connection's own transaction object would have to be handed to every command.
                begin.CommandText = "BEGIN";
                begin.ExecuteNonQuery();
            }
            var meta = new Dictionary<string, string>(StringComparer.Ordinal);
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT key, value FROM meta";
                using var reader = command.ExecuteReader();
                while (reader.Read()) meta[reader.GetString(0)] = reader.GetString(1);
            }
            return new SearchIndex(path, connection, meta);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>"ok" or SQLite's list of problems; reads every page, so only worth it when asked.</summary>
    internal string QuickCheck()
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check";
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read()) lines.Add(reader.GetString(0));
        return string.Join("; ", lines);
    }

    /// <summary>Unit lengths and postings for computing BM25, read once.</summary>
    internal IndexStatistics Statistics => _statistics ??= IndexStatistics.Read(Connection, Meta);

    /// <summary>
    /// Values derived from this file (scored postings, topic members), kept while it is open: the file never
    /// changes under an open index (a rebuild replaces it, an update waits for it), so nothing here goes stale. Not thread-safe,
    /// like the connection itself.
    /// </summary>
    internal T Cached<T>(object key, Func<T> make) where T : class
    {
        if (_cache.TryGet(key, out var value)) return (T)value;
        var made = make();
        // Bounded: a long-lived index asked about many different words would otherwise hold every posting list.
        _cache.Add(key, made);
        return made;
    }

    /// <summary>Every document's metadata by row id, read once.</summary>
    public IReadOnlyDictionary<long, IndexedDocument> Documents => _documents ??= ReadDocuments();

    private Dictionary<long, IndexedDocument> ReadDocuments()
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT id, key, title, authority, doc_number, date, kind, script, province, city, district, validity FROM documents";
        using var reader = command.ExecuteReader();
        var result = new Dictionary<long, IndexedDocument>();
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            ModelKeys.TryParseKind(Text(6), out var kind);
            ModelKeys.TryParseScript(Text(7), out var script);
            var date = Text(5) is { } d && IsoDate.TryParse(d, out var parsed)
                ? parsed : (DateOnly?)null;
            var document = new Document
            {
                Id = reader.GetString(1),
                Title = reader.GetString(2),
                Authority = Text(3),
                DocNumber = Text(4),
                Date = date,
                Kind = kind,
                Script = script,
                Region = new Region(Text(8), Text(9), Text(10)),
            };
            result[reader.GetInt64(0)] = new IndexedDocument(reader.GetInt64(0), document) { ValidityJson = Text(11) };
        }
        return result;
    }

    public void Dispose() => Connection.Dispose();
}
