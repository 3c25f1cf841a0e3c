using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Search.Index;

/// <summary>
/// Every indexed document's status on a day, resolved from the facts the index keeps beside each document,
/// so that search can show and filter by validity without reading the corpus.
/// </summary>
public static class IndexedValidity
{
    /// <summary>By document id; kept with the open index for the day asked.</summary>
    public static IReadOnlyDictionary<string, DocumentValidity> Of(SearchIndex index, DateOnly day) =>
        index.Cached(("validity", day), () => ValidityResolver.Resolve(index.Documents.Values
            .Select(d => (d.Document, d.ValidityJson is { } json ? ValidityFactsJson.Read(json) ?? new ValidityFacts() : new ValidityFacts()))
            .ToList(), day));

    /// <summary>The row ids of the documents in force on the day; the same list each time it is asked for that day.</summary>
    public static IReadOnlyList<long> InForce(SearchIndex index, DateOnly day) =>
        index.Cached(("in-force", day), () =>
        {
            var validity = Of(index, day);
            return index.Documents.Values.Where(d => validity.TryGetValue(d.Document.Id, out var v) && v.InForce).Select(d => d.RowId).ToList();
        });
}
