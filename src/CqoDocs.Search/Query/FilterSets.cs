using CqoDocs.Search.Index;

namespace CqoDocs.Search.Query;

/// <summary>
/// The units each filter value admits: by document kind, by year, by province and every document's units,
/// read once per open index from the documents table alone (a document's units have consecutive row ids,
/// so a few thousand rows stand for every unit); by topic, one topic's rows at a time as they are asked for
/// (all of them for facet counts). A request's filters become one <see cref="UnitSet"/>, the intersection of
/// its values' sets, which the rankers consult while reading postings instead of joining rows in SQL. A
/// search process asks for one or two filters: reading every unit's row and tag for them cost more than the
/// search itself on a large library.
/// </summary>
internal sealed class FilterSets
{
    private readonly SearchIndex _index;
    private readonly Dictionary<string, UnitSet> _byKind;
    private readonly Dictionary<int, UnitSet> _byYear;
    private readonly Dictionary<string, UnitSet> _byProvince;
    private readonly Dictionary<long, (long First, int Count)> _byDocument;
    private readonly Dictionary<string, UnitSet?> _topics = new(StringComparer.Ordinal);
    private Dictionary<string, UnitSet>? _byTopic;

    private FilterSets(SearchIndex index, long maxId, Dictionary<string, UnitSet> byKind, Dictionary<int, UnitSet> byYear,
        Dictionary<string, UnitSet> byProvince, Dictionary<long, (long First, int Count)> byDocument)
    {
        _index = index;
        MaxId = maxId;
        _byKind = byKind;
        _byYear = byYear;
        _byProvince = byProvince;
        _byDocument = byDocument;
    }

    public long MaxId { get; }

    public IReadOnlyDictionary<string, UnitSet> ByKind => _byKind;
    public IReadOnlyDictionary<int, UnitSet> ByYear => _byYear;
    /// <summary>Every topic's units, read whole on first use (facet counts); a filter reads only its own topics.</summary>
    public IReadOnlyDictionary<string, UnitSet> ByTopic => _byTopic ??= ReadTopics(null);
    /// <summary>By the province a document is from, for facet counts; regions as filters are matched per request.</summary>
    public IReadOnlyDictionary<string, UnitSet> ByProvince => _byProvince;

    public static FilterSets Of(SearchIndex index) => index.Cached(nameof(FilterSets), () => Read(index));

    /// <summary>The units a filter admits, or null when it admits every unit.</summary>
    public UnitSet? Allowed(SearchFilter filter)
    {
        if (filter.IsEmpty) return null;
        UnitSet? allowed = null;
        void Keep(UnitSet set) => allowed = allowed is null ? set : allowed.And(set);
        if (filter.Topics.Count > 0) Keep(AnyOf(filter.Topics.Select(Topic)));
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
            if (_byDocument.TryGetValue(document, out var units)) AddRange(set, units.First, units.Count);
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

    /// <summary>One topic's units: its own rows only, unless every topic's were read already.</summary>
    private UnitSet? Topic(string topic)
    {
        if (_byTopic is not null) return _byTopic.GetValueOrDefault(topic);
        if (!_topics.TryGetValue(topic, out var set)) _topics[topic] = set = ReadTopics(topic).GetValueOrDefault(topic);
        return set;
    }

    /// <param name="only">One topic to read, or null for all of them.</param>
    private Dictionary<string, UnitSet> ReadTopics(string? only)
    {
        var byTopic = new Dictionary<string, UnitSet>(StringComparer.Ordinal);
        using var command = _index.Connection.CreateCommand();
        command.CommandText = only is null ? "SELECT topic, unit FROM unit_topics" : "SELECT topic, unit FROM unit_topics WHERE topic = $topic";
        if (only is not null) command.Parameters.AddWithValue("$topic", only);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // A tag of a unit the units table lacks (a damaged file) admits nothing.
            if (reader.GetInt64(1) is var unit && unit >= 0 && unit <= MaxId) Set(byTopic, reader.GetString(0), MaxId).Add(unit);
        }
        return byTopic;
    }

    private static FilterSets Read(SearchIndex index)
    {
        // A list of records, not of tuples: a tuple list is generic code every cold search compiled at run time.
        var rows = new List<DocumentRow>();
        long maxId = 0;
        using (var command = index.Connection.CreateCommand())
        {
            command.CommandText = "SELECT id, kind, year, province, first_unit, units FROM documents";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = new DocumentRow(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt64(4), reader.GetInt32(5));
                rows.Add(row);
                maxId = Math.Max(maxId, row.First + row.Count - 1);
            }
        }
        var byKind = new Dictionary<string, UnitSet>(StringComparer.Ordinal);
        var byYear = new Dictionary<int, UnitSet>();
        var byProvince = new Dictionary<string, UnitSet>(StringComparer.Ordinal);
        var byDocument = new Dictionary<long, (long First, int Count)>();
        foreach (var (document, kind, year, province, first, count) in rows)
        {
            AddRange(Set(byKind, kind, maxId), first, count);
            if (year is { } y) AddRange(Set(byYear, y, maxId), first, count);
            if (!string.IsNullOrEmpty(province)) AddRange(Set(byProvince, province, maxId), first, count);
            byDocument[document] = (first, count);
        }
        return new FilterSets(index, maxId, byKind, byYear, byProvince, byDocument);
    }

    private sealed record DocumentRow(long Document, string Kind, int? Year, string? Province, long First, int Count);

    private static void AddRange(UnitSet set, long first, int count)
    {
        for (var unit = first; unit < first + count; unit++) set.Add(unit);
    }

    private static UnitSet Set<TKey>(Dictionary<TKey, UnitSet> sets, TKey key, long maxId) where TKey : notnull
    {
        if (!sets.TryGetValue(key, out var set)) sets[key] = set = new UnitSet(maxId);
        return set;
    }
}
