using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;

namespace CqoDocs.Search.Compare;

/// <summary>Picks, for each document of the chosen regions, the units tagged with a topic, in reading order.</summary>
public static class ComparisonBuilder
{
    /// <param name="topic">A topic key or Chinese name in either script (see <see cref="FilterNames.Topic"/>).</param>
    /// <param name="regions">Region names a user typed; a document passes when it matches any. Empty: every region.
    /// A name no document is in is an error naming the nearest regions.</param>
    public static Comparison Build(IEnumerable<Document> documents, string topic, IReadOnlyCollection<string>? regions = null)
    {
        var key = FilterNames.Topic(topic);
        var all = documents.ToList();
        regions = regions?.Select(r => FilterNames.Region(r, all.Select(d => d.Region))).ToList();
        var chosen = all
            .Where(d => regions is null || regions.Count == 0 || regions.Any(r => d.Region.Matches(r)))
            .OrderBy(d => d.Region.Province ?? "\uFFFF", StringComparer.Ordinal)
            .ThenBy(d => d.Region.City ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Region.District ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Date ?? DateOnly.MaxValue)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var columns = new List<ComparisonColumn>();
        var silent = new List<Document>();
        foreach (var document in chosen)
        {
            var units = document.Units.Where(u => u.Topics.Contains(key)).ToList();
            if (units.Count > 0) columns.Add(new ComparisonColumn(document, units));
            else silent.Add(document);
        }
        return new Comparison(key, columns, silent);
    }

}
