using CqoDocs.Search.Index;

namespace CqoDocs.Search.Query;

/// <summary>
/// The units each filter value admits, read once per open index in one pass over the units: by document
/// kind, by year, by topic, and every document's units (for regions, whose names are matched per request).
/// A request's filters become one <see cref="UnitSet"/>, the intersection of its values' sets, which the
/// rankers consult while reading postings instead of joining rows in SQL.
/// </summary>
internal sealed class FilterSets
{
    private readonly Dictionary<string, UnitSet> _byKind;
    private readonly Dictionary<int, UnitSet> _byYear;
    private readonly Dictionary<string, UnitSet> _byTopic;
    private readonly Dictionary<string, UnitSet> _byProvince;
    private readonly Dictionary<long, List<long>> _byDocument;

    private FilterSets(long maxId, Dictionary<string, UnitSet> byKind, Dictionary<int, UnitSet> byYear,
        Dictionary<string, UnitSet> byTopic, Dictionary<string, UnitSet> byProvince, Dictionary<long, List<long>> byDocument)
    {
        MaxId = maxId;
        _byKind = byKind;
        _byYear = byYear;
        _byTopic = byTopic;
        _byProvince = byProvince;
        _byDocument = byDocument;
    }

    public long MaxId { get; }

    public IReadOnlyDictionary<string, UnitSet> ByKind => _byKind;
    public IReadOnlyDictionary<int, UnitSet> ByYear => _byYear;
    public IReadOnlyDictionary<string, UnitSet> ByTopic => _byTopic;
    /// <summary>By the province a document is from, for facet counts; regions as filters are matched per request.</summary>
    public IReadOnlyDictionary<string, UnitSet> ByProvince => _byProvince;

    public static FilterSets Of(SearchIndex index) => index.Cached(nameof(FilterSets), () => Read(index));

    /// <summary>The units a filter admits, or null when it admits every unit.</summary>
    public UnitSet? Allowed(SearchFilter filter)
    {
        if (filter.IsEmpty) return null;
        UnitSet? allowed = null;
        void Keep(UnitSet set) => allowed = allowed is null ? set : allowed.And(set);
        if (filter.Topics.Count > 0) Keep(AnyOf(filter.Topics.Select(t => _byTopic.GetValueOrDefault(t))));
        if (filter.RegionDocuments is { } documents) Keep(DocumentUnits(documents));
        if (filter.InForceDocuments is { } inForce) Keep(DocumentUnits(inForce));
        if (filter.Kind is { } kind) Keep(_byKind.GetValueOrDefault(kind) ?? new UnitSet(0));
        if (filter.Since is not null || filter.Until is not null)
        {
            // A document without a date has no year: no year condition admits it, as in SQL.
            Keep(AnyOf(_byYear.Where(y => y.Key >= (filter.Since ?? int.MinValue) && y.Key <= (filter.Until ?? int.MaxValue)).Select(y => y.Value)));
        }
        return allowed;
    }

    /// <summary>Every unit of these documents.</summary>
    public UnitSet UnitsOf(IEnumerable<long> documents)
    {
        var set = new UnitSet(MaxId);
        foreach (var document in documents)
        {
            if (!_byDocument.TryGetValue(document, out var units)) continue;
            foreach (var unit in units) set.Add(unit);
        }
        return set;
    }

    /// <summary>
    /// The units of a set of documents (a region's, those in force), kept: the same set is asked for again and
    /// again, and making it costs a pass over its units. Known by the list itself, which is kept per region
    /// name (<see cref="SearchFilter"/>) and per day (<see cref="IndexedValidity"/>): a key spelled from the ids
    /// would cost a pass over them on every query.
    /// </summary>
    private UnitSet DocumentUnits(IReadOnlyList<long> documents)
    {
        if (_byDocuments.TryGetValue(documents, out var set)) return set;
        if (_byDocuments.Count >= MaxSetsKept) _byDocuments.Clear();
        return _byDocuments[documents] = UnitsOf(documents);
    }

    private const int MaxSetsKept = 64;
    private readonly Dictionary<IReadOnlyList<long>, UnitSet> _byDocuments = new(ReferenceEqualityComparer.Instance);

    private static UnitSet AnyOf(IEnumerable<UnitSet?> sets)
    {
        var result = new UnitSet(0);
        foreach (var set in sets) if (set is not null) result = result.Or(set);
        return result;
    }

    private static FilterSets Read(SearchIndex index)
    {
        var rows = new List<(long Unit, long Document, string Kind, int? Year, string? Province)>();
        using (var command = index.Connection.CreateCommand())
        {
            command.CommandText = "SELECT u.id, u.doc, d.kind, d.year, d.province FROM units u JOIN documents d ON d.id = u.doc";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt32(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }
        var maxId = rows.Count == 0 ? 0 : rows.Max(r => r.Unit);
        var byKind = new Dictionary<string, UnitSet>(StringComparer.Ordinal);
        var byYear = new Dictionary<int, UnitSet>();
        var byProvince = new Dictionary<string, UnitSet>(StringComparer.Ordinal);
        var byDocument = new Dictionary<long, List<long>>();
        foreach (var (unit, document, kind, year, province) in rows)
        {
            Set(byKind, kind, maxId).Add(unit);
            if (year is { } y) Set(byYear, y, maxId).Add(unit);
            if (!string.IsNullOrEmpty(province)) Set(byProvince, province, maxId).Add(unit);
            if (!byDocument.TryGetValue(document, out var units)) byDocument[document] = units = [];
            units.Add(unit);
        }
        var byTopic = new Dictionary<string, UnitSet>(StringComparer.Ordinal);
        using (var command = index.Connection.CreateCommand())
        {
            command.CommandText = "SELECT topic, unit FROM unit_topics";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                // A tag of a unit the units table lacks (a damaged file) admits nothing.
                if (reader.GetInt64(1) is var unit && unit >= 0 && unit <= maxId) Set(byTopic, reader.GetString(0), maxId).Add(unit);
            }
        }
        return new FilterSets(maxId, byKind, byYear, byTopic, byProvince, byDocument);
    }

    private static UnitSet Set<TKey>(Dictionary<TKey, UnitSet> sets, TKey key, long maxId) where TKey : notnull
    {
        if (!sets.TryGetValue(key, out var set)) sets[key] = set = new UnitSet(maxId);
        return set;
    }
}
