using CqoDocs.Core;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;

namespace CqoDocs.Web.Workbench;

/// <summary>
/// The documents a drafter put side by side: those of the chosen regions and those chosen one by one (either
/// or both); every document when nothing is chosen. An unknown region or document id is an error naming it.
/// </summary>
internal static class ComparedDocuments
{
    /// <returns>The documents to compare, and the regions still to filter by (empty once documents were chosen).</returns>
    public static (IReadOnlyList<Document> Documents, IReadOnlyList<string> Regions) Choose(
        IReadOnlyList<Document> all, IReadOnlyList<string> regions, IReadOnlyList<string> ids)
    {
        regions = regions.Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        ids = ids.Where(i => !string.IsNullOrWhiteSpace(i)).Distinct().ToList();
        if (ids.Count == 0) return (all, regions);

        var byId = all.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!byId.ContainsKey(id)) throw new CqoDocsException($"没有编号为“{id}”的文件", field: "文件");
        }
        var named = regions.Select(r => FilterNames.Region(r, all.Select(d => d.Region), "地区")).ToList();
        var chosen = all.Where(d => ids.Contains(d.Id) || named.Any(r => d.Region.Matches(r))).ToList();
        return (chosen, []);
    }
}
