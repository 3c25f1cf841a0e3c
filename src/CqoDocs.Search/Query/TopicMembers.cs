using CqoDocs.Search.Index;

namespace CqoDocs.Search.Query;

/// <summary>The units tagged with any of some topics, read once per open index.</summary>
internal static class TopicMembers
{
    public static HashSet<long> Of(SearchIndex index, IReadOnlyList<string> topics) =>
        index.Cached((nameof(TopicMembers), string.Join(',', topics.Order(StringComparer.Ordinal))), () =>
        {
            var members = new HashSet<long>();
            using var command = index.Connection.CreateCommand();
            command.CommandText = "SELECT unit FROM unit_topics WHERE topic = $topic";
            var topic = command.Parameters.Add("$topic", Microsoft.Data.Sqlite.SqliteType.Text);
            foreach (var t in topics)
            {
                topic.Value = t;
                using var reader = command.ExecuteReader();
                while (reader.Read()) members.Add(reader.GetInt64(0));
            }
            return members;
        });
}
