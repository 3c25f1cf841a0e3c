using CqoDocs.Core;
using CqoDocs.Core.Model;

namespace CqoDocs.Search.Compare;

/// <summary>Picks, for each document of the chosen regions, the units tagged with a topic, in reading order.</summary>
public static class ComparisonBuilder
{
    /// <param name="topic">A topic key or Chinese name (see <see cref="Topic.Resolve"/>).</param>
    /// <param name="regions">Region names a user typed; a document passes when it matches any. Empty: every region.</param>
    public static Comparison Build(IEnumerable<Document> documents, string topic, IReadOnlyCollection<string>? regions = null)
    {
        var key = Topic.Resolve(topic) ?? throw UnknownTopic(topic);
        var chosen = documents
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

    public static CqoDocsException UnknownTopic(string topic) =>
        new($"未知的主题“{topic}”；可用：{string.Join("、", Topic.All.Select(k => $"{k}（{Topic.ChineseNames[k]}）"))}", field: "topic");
}
