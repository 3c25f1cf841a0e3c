using CqoDocs.Core.Model;

namespace CqoDocs.Search.Query;

/// <summary>
/// How many of a query's matching units (those holding any of its words, under the request's filters) fall
/// under each topic, province, year and kind: what a facet sidebar shows beside the hits. Values no
/// matching unit has are left out. A unit tagged with several topics counts under each.
/// </summary>
public sealed record SearchFacets(
    int Total,
    IReadOnlyDictionary<string, int> Topics,
    IReadOnlyDictionary<string, int> Provinces,
    IReadOnlyDictionary<int, int> Years,
    IReadOnlyDictionary<DocumentKind, int> Kinds)
{
    public static readonly SearchFacets None = new(0, new Dictionary<string, int>(), new Dictionary<string, int>(),
        new Dictionary<int, int>(), new Dictionary<DocumentKind, int>());
}
