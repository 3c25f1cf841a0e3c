using System.Globalization;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Index;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Query;

/// <summary>
/// The request's filters as SQL conditions on the hit's row id <c>h.id</c> (joined to <c>units u</c> and
/// <c>documents d</c> only when a condition needs them). Values go in as parameters; region matching is
/// done in C# with <see cref="Region.Matches"/> over the small documents table.
/// </summary>
internal sealed class SearchFilter
{
    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object Value)> _parameters = [];

    private SearchFilter()
    {
    }

    public bool NeedsUnits { get; private set; }
    public bool NeedsDocuments { get; private set; }
    /// <summary>True when no document can pass: no need to ask SQLite.</summary>
    public bool MatchesNothing { get; private set; }
    /// <summary>True when every unit passes.</summary>
    public bool IsEmpty => _conditions.Count == 0 && !MatchesNothing;

    /// <summary>The filters' values, for <see cref="FilterSets"/>: topic keys (any of them passes), …</summary>
    public IReadOnlyList<string> Topics { get; private init; } = [];
    /// <summary>The row ids of the documents in the region asked for; null when no region is asked for.</summary>
    public IReadOnlyList<long>? RegionDocuments { get; private set; }
    /// <summary>The row ids of the documents in force on the request's day; null when validity is not asked about.</summary>
    public IReadOnlyList<long>? InForceDocuments { get; private set; }
    /// <summary>The kind's key, as the documents table stores it.</summary>
    public string? Kind { get; private set; }
    public int? Since { get; private set; }
    public int? Until { get; private set; }

    public static SearchFilter For(SearchRequest request, SearchIndex index)
    {
        var filter = new SearchFilter { Topics = request.Topics, Since = request.Since, Until = request.Until, Kind = request.Kind?.Key() };
        if (request.Topics.Count > 0)
        {
            var names = request.Topics.Select((_, i) => $"$topic{i}").ToList();
            filter.Add($"h.id IN (SELECT unit FROM unit_topics WHERE topic IN ({string.Join(", ", names)}))",
                names.Zip(request.Topics, (n, t) => (n, (object)t)).ToArray());
        }
        if (!string.IsNullOrWhiteSpace(request.Region))
        {
            var (ids, condition) = RegionOf(request.Region, index);
            if (ids.Count == 0) filter.MatchesNothing = true;
            filter.RegionDocuments = ids;
            filter.NeedsUnits = true;
            filter.Add(condition);
        }
        if (request.InForce)
        {
            var ids = IndexedValidity.InForce(index, request.Day);
            if (ids.Count == 0) filter.MatchesNothing = true;
            filter.InForceDocuments = ids;
            filter.NeedsUnits = true;
            filter.Add($"u.doc IN ({string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)))})");
        }
        if (request.Kind is { } kind)
        {
            filter.NeedsUnits = filter.NeedsDocuments = true;
            filter.Add("d.kind = $kind", ("$kind", kind.Key()));
        }
        if (request.Since is { } since)
        {
            filter.NeedsUnits = filter.NeedsDocuments = true;
            filter.Add("d.year >= $since", ("$since", since));
        }
        if (request.Until is { } until)
        {
            filter.NeedsUnits = filter.NeedsDocuments = true;
            filter.Add("d.year <= $until", ("$until", until));
        }
        return filter;
    }

    /// <summary>
    /// The documents in a region as typed, and their SQL condition, worked out once per open index: matching
    /// the name against every document's region costs more than the rest of a search on a large library.
    /// </summary>
    private static RegionMatch RegionOf(string typed, SearchIndex index) =>
        index.Cached((nameof(SearchFilter), typed), () =>
        {
            // A region no document is in is a mistyped name, not an empty answer.
            var region = FilterNames.Region(typed, index.Documents.Values.Select(d => d.Document.Region));
            var ids = index.Documents.Values.Where(d => d.Document.Region.Matches(region)).Select(d => d.RowId).ToList();
            // Row ids are integers read from the index: safe to write into the statement.
            return new RegionMatch(ids, $"u.doc IN ({string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)))})");
        });

    private sealed record RegionMatch(IReadOnlyList<long> Ids, string Condition);

    public string Joins =>
        (NeedsUnits ? " JOIN units u ON u.id = h.id" : "") + (NeedsDocuments ? " JOIN documents d ON d.id = u.doc" : "");

    public string Where => _conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _conditions);

    public void Bind(SqliteCommand command)
    {
        foreach (var (name, value) in _parameters) command.Parameters.AddWithValue(name, value);
    }

    private void Add(string condition, params (string Name, object Value)[] parameters)
    {
        _conditions.Add(condition);
        _parameters.AddRange(parameters);
    }
}
