using System.Globalization;
using CqoDocs.Search.Index;

namespace CqoDocs.Search.Query;

/// <summary>Which of some units hold a phrase: FTS5 seeks each row id rather than reading the whole phrase's matches.</summary>
internal static class PhraseMatcher
{
    public static HashSet<long> Containing(SearchIndex index, string phrase, IEnumerable<long> ids)
    {
        using var command = index.Connection.CreateCommand();
        // Row ids are integers from the index itself: safe to write into the statement.
        command.CommandText = "SELECT rowid FROM unit_fts WHERE unit_fts MATCH $phrase AND rowid IN ("
            + string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture))) + ")";
        command.Parameters.AddWithValue("$phrase", phrase);
        var found = new HashSet<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) found.Add(reader.GetInt64(0));
        return found;
    }
}
