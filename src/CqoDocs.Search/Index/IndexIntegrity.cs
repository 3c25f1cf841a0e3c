using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Index;

/// <summary>
/// The cheap structural checks made on every opening: every table is there and the row counts the meta
/// table promises are there too (a dropped or emptied table otherwise fails the first query, or answers
/// nothing while claiming to be up to date). Each check reads a few pages, never a whole table.
/// </summary>
internal static class IndexIntegrity
{
    private static readonly string[] Tables = ["meta", "documents", "units", "unit_texts", "text_dictionaries", "unit_topics", "term_postings", "unit_lengths", "deleted_units"];

    /// <summary>Null when the index is whole; otherwise what is wrong, in words for the user.</summary>
    public static string? Problem(SqliteConnection connection, IReadOnlyDictionary<string, string> meta)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = command.ExecuteReader();
            while (reader.Read()) present.Add(reader.GetString(0));
        }
        if (Tables.FirstOrDefault(t => !present.Contains(t)) is { } missing) return $"索引缺少数据表 {missing}";

        var documents = Count(meta, IndexSchema.MetaKeys.Documents);
        var units = Count(meta, IndexSchema.MetaKeys.Units);
        var lastDocument = Count(meta, IndexSchema.MetaKeys.LastDocument);
        var lastUnit = Count(meta, IndexSchema.MetaKeys.LastUnit);
        if (documents is null || units is null || lastDocument is null || lastUnit is null) return "索引的元数据不完整";
        // Removed documents leave gaps, so the highest row id is checked against what was given, not counted.
        if (!Within(Scalar(connection, "SELECT coalesce(max(id), 0) FROM documents"), documents.Value, lastDocument.Value)) return "索引的文件表与记录不符";
        if (!Within(Scalar(connection, "SELECT coalesce(max(id), 0) FROM units"), units.Value, lastUnit.Value)) return "索引的条目表与记录不符";
        if (units > 0)
        {
            foreach (var table in new[] { "term_postings", "unit_lengths", "unit_texts" })
            {
                if (Scalar(connection, $"SELECT EXISTS (SELECT 1 FROM {table})") == 0) return $"索引的数据表 {table} 是空的";
            }
        }
        return null;
    }

    /// <summary>Whether the highest row id fits: none when there are no rows, else at least the row count and at most the last given.</summary>
    private static bool Within(long maxId, long rows, long lastGiven) => rows == 0 ? maxId == 0 : maxId >= rows && maxId <= lastGiven;

    private static long? Count(IReadOnlyDictionary<string, string> meta, string key) =>
        long.TryParse(meta.GetValueOrDefault(key), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
