using System.Globalization;
using CqoDocs.Search.Query;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Tests.Query;

/// <summary>
/// A <see cref="SearchFilter"/> as SQL conditions on the hit's row id <c>h.id</c> (joined to <c>units u</c> and
/// <c>documents d</c> only when a condition needs them), for the FTS5 reference ranking the tests compare
/// the postings ranker with. Values go in as parameters; row ids, read from the index, are written inline.
/// </summary>
internal sealed class FilterSql
{
    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object Value)> _parameters = [];
    private bool _needsUnits;
    private bool _needsDocuments;

    public static FilterSql Of(SearchFilter filter)
    {
        var sql = new FilterSql();
        if (filter.Topics.Count > 0)
        {
            var names = filter.Topics.Select((_, i) => $"$topic{i}").ToList();
            sql.Add($"h.id IN (SELECT unit FROM unit_topics WHERE topic IN ({string.Join(", ", names)}))", units: false, documents: false,
                names.Zip(filter.Topics, (n, t) => (n, (object)t)).ToArray());
        }
        if (filter.RegionDocuments is { } region) sql.Add(InDocuments(region), units: true, documents: false);
        if (filter.InForceDocuments is { } inForce) sql.Add(InDocuments(inForce), units: true, documents: false);
        if (filter.Kind is { } kind) sql.Add("d.kind = $kind", units: true, documents: true, ("$kind", kind));
        if (filter.Since is { } since) sql.Add("d.year >= $since", units: true, documents: true, ("$since", since));
        if (filter.Until is { } until) sql.Add("d.year <= $until", units: true, documents: true, ("$until", until));
        return sql;
    }

    public string Joins =>
        (_needsUnits ? " JOIN units u ON u.id = h.id" : "") + (_needsDocuments ? " JOIN documents d ON d.id = u.doc" : "");

    public string Where => _conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _conditions);

    public void Bind(SqliteCommand command)
    {
        foreach (var (name, value) in _parameters) command.Parameters.AddWithValue(name, value);
    }

    private static string InDocuments(IReadOnlyList<long> ids) =>
        $"u.doc IN ({string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)))})";

    private void Add(string condition, bool units, bool documents, params (string Name, object Value)[] parameters)
    {
        _conditions.Add(condition);
        _parameters.AddRange(parameters);
        _needsUnits |= units;
        _needsDocuments |= documents;
    }
}
