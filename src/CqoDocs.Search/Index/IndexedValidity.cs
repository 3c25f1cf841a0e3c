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
        index.Cached(("validity", day), () =>
        {
            var corpus = new List<DocumentFacts>(index.Documents.Count);
            foreach (var d in index.Documents.Values)
            {
                corpus.Add(new DocumentFacts(d.Document, d.ValidityJson is { } json ? ValidityFactsJson.Read(json) ?? new ValidityFacts() : new ValidityFacts()));
            }
            return ValidityResolver.Resolve(corpus, day);
        });

    /// <summary>
    /// Facts as the index keeps them, for <see cref="WarmUp"/> to read: writing some instead would start the JSON
    /// writer and its encoder, which a search never uses.
    /// </summary>
    internal const string SampleFacts = """
        {"From":"2020-01-01","EffectiveStated":true,"Trial":false,"NotARule":false,"RepealsOnly":false,
         "Repeals":[{"Title":"甲","Source":{"UnitLabel":"第一条","Start":0,"End":0,"Text":""}}],"Basis":[]}
        """;

    /// <summary>
    /// Uses the JSON reader and the resolver once: their first use costs tens of milliseconds of start-up, which a
    /// cold search otherwise pays on its own thread when it shows its hits' validity (<see cref="Query.SearchWarmUp"/>).
    /// </summary>
    internal static void WarmUp()
    {
        var facts = ValidityFactsJson.Read(SampleFacts);
        ValidityResolver.Resolve([new DocumentFacts(new Core.Model.Document { Id = "甲", Title = "甲" }, facts ?? new ValidityFacts())], new DateOnly(2020, 1, 2));
    }

    /// <summary>The row ids of the documents in force on the day; the same list each time it is asked for that day.</summary>
    public static IReadOnlyList<long> InForce(SearchIndex index, DateOnly day) =>
        index.Cached(("in-force", day), () =>
        {
            var validity = Of(index, day);
            return index.Documents.Values.Where(d => validity.TryGetValue(d.Document.Id, out var v) && v.InForce).Select(d => d.RowId).ToList();
        });
}
