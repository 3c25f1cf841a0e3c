using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;

namespace CqoDocs.Web.Workbench;

/// <summary>A value a filter can take and the name a drafter reads.</summary>
internal sealed record FacetValue(string Value, string Name);

/// <summary>What the filters of the search form offer, taken from the documents there are.</summary>
internal sealed record Facets(IReadOnlyList<FacetValue> Topics, IReadOnlyList<FacetValue> Regions, IReadOnlyList<FacetValue> Kinds, IReadOnlyList<int> Years)
{
    public static Facets Of(IReadOnlyList<Document> documents) => new(
        Topic.All.Select(t => new FacetValue(t, Topic.ChineseNames[t])).ToList(),
        documents.Where(d => d.Region.IsKnown).SelectMany(d => new[] { d.Region.Province, d.Region.ToString() }).OfType<string>().Distinct().Order(StringComparer.Ordinal)
            .Select(r => new FacetValue(r, r)).ToList(),
        documents.Select(d => d.Kind).Distinct().Order().Select(k => new FacetValue(k.Key(), FilterNames.KindName(k))).ToList(),
        documents.Where(d => d.Date is not null).Select(d => d.Date!.Value.Year).Distinct().OrderDescending().ToList());
}
