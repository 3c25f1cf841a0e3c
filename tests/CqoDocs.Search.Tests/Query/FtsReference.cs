using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Tests.Query;

/// <summary>
/// The reference the postings ranking is checked against: an FTS5 table of the same units' analyzed columns,
/// added to a test's index file before it is opened (the index itself stores its postings once, without one),
/// so that <see cref="FtsRanker"/> can rank with FTS5's own bm25().
/// </summary>
internal static class FtsReference
{
    public static void AddTo(string path, IReadOnlyList<Document> documents)
    {
        var byKey = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var analyzer = StandardAnalyzer.Shared;
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, """
            CREATE VIRTUAL TABLE unit_fts USING fts5(
                heading, body, topics, context,
                content = '',
                tokenize = 'unicode61 remove_diacritics 0'
            )
            """);
        var units = new List<(long Id, string Key, int Ordinal)>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT u.id, d.key, u.ordinal FROM units u JOIN documents d ON d.id = u.doc";
            using var reader = read.ExecuteReader();
            while (reader.Read()) units.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2)));
        }
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO unit_fts (rowid, heading, body, topics, context) VALUES ($id, $heading, $body, $topics, $context)";
        foreach (var (id, key, ordinal) in units)
        {
            var document = byKey[key];
            var fields = UnitFields.Of(document.Units[ordinal], UnitFields.ContextOf(document, analyzer), analyzer);
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$id", id);
            insert.Parameters.AddWithValue("$heading", fields.Heading);
            insert.Parameters.AddWithValue("$body", fields.Body);
            insert.Parameters.AddWithValue("$topics", fields.Topics);
            insert.Parameters.AddWithValue("$context", fields.Context);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
