using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Index;

namespace CqoDocs.Search.Query;

/// <summary>
/// The request's filters as values the rankers' unit sets are made from (<see cref="FilterSets"/>): topic keys,
/// the row ids of the documents a region or validity admits, the kind's key and a range of years. Region
/// matching is done once per open index with <see cref="Region.Matches"/> over the small documents table.
/// </summary>
internal sealed class SearchFilter
{
    private SearchFilter()
    {
    }

    /// <summary>True when no document can pass: nothing to rank.</summary>
    public bool MatchesNothing { get; private set; }
    /// <summary>True when every unit passes.</summary>
    public bool IsEmpty => !MatchesNothing && Topics.Count == 0 && RegionDocuments is null && InForceDocuments is null
        && Kind is null && Since is null && Until is null;

    /// <summary>Topic keys: a unit carrying any of them passes.</summary>
    public IReadOnlyList<string> Topics { get; private init; } = [];
    /// <summary>The row ids of the documents in the region asked for; null when no region is asked for.</summary>
    public IReadOnlyList<long>? RegionDocuments { get; private set; }
    /// <summary>The row ids of the documents in force on the request's day; null when validity is not asked about.</summary>
    public IReadOnlyList<long>? InForceDocuments { get; private set; }
    /// <summary>The kind's key, as the documents table stores it.</summary>
    public string? Kind { get; private init; }
    public int? Since { get; private init; }
    public int? Until { get; private init; }

    public static SearchFilter For(SearchRequest request, SearchIndex index)
    {
        var filter = new SearchFilter { Topics = request.Topics, Since = request.Since, Until = request.Until, Kind = request.Kind?.Key() };
        if (!string.IsNullOrWhiteSpace(request.Region))
        {
            filter.RegionDocuments = RegionOf(request.Region, index);
            if (filter.RegionDocuments.Count == 0) filter.MatchesNothing = true;
        }
        if (request.InForce)
        {
            filter.InForceDocuments = IndexedValidity.InForce(index, request.Day);
            if (filter.InForceDocuments.Count == 0) filter.MatchesNothing = true;
        }
        return filter;
    }

    /// <summary>
    /// The documents in a region as typed, worked out once per open index (the same list each time, which
    /// <see cref="FilterSets"/> keys its unit sets by): matching the name against every document's region
    /// costs more than the rest of a search on a large library.
    /// </summary>
    private static IReadOnlyList<long> RegionOf(string typed, SearchIndex index) =>
        index.Cached((nameof(SearchFilter), typed), () =>
        {
            // A region no document is in is a mistyped name, not an empty answer.
            var region = FilterNames.Region(typed, index.Documents.Values.Select(d => d.Document.Region));
            return index.Documents.Values.Where(d => d.Document.Region.Matches(region)).Select(d => d.RowId).ToList();
        });
}
