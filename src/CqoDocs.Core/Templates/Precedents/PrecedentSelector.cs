using CqoDocs.Core.Model;

namespace CqoDocs.Core.Templates.Precedents;

/// <summary>
/// Picks the precedent a --from value names: a document id, or a region (清远, 广东省清远市) meaning
/// that region's most recent rules that list CQO duties, powers or qualifications. Rules issued for the
/// region itself come before those of places inside it (广东 prefers the province's own rules). News
/// reports describe rules but are not rules, so a region never resolves to one.
/// </summary>
internal static class PrecedentSelector
{
    public static Document Select(IReadOnlyList<Document> documents, string idOrRegion)
    {
        var query = idOrRegion.Trim();
        if (query.Length == 0) throw new CqoDocsException("--from 需要文件编号或地区名", field: "--from");
        var byId = documents.FirstOrDefault(d => string.Equals(d.Id, query, StringComparison.OrdinalIgnoreCase));
        if (byId is not null)
        {
            if (!PrecedentExtractor.Extract(byId).Any)
            {
                throw new CqoDocsException($"文件“{byId.Title}”中没有首席质量官的职责、权限或任职条件条款", field: query);
            }
            return byId;
        }

        var inRegion = documents.Where(d => d.Region.IsKnown && d.Region.Matches(query)).ToList();
        if (inRegion.Count == 0)
        {
            throw new CqoDocsException($"知识库中没有编号为“{query}”的文件，也没有该地区的文件（用 cqodocs list 查看）", field: query);
        }
        var rules = inRegion.Where(d => d.Kind != DocumentKind.News).ToList();
        if (rules.Count == 0)
        {
            throw new CqoDocsException($"知识库中“{query}”只有新闻报道，没有可作依据的规定文件", field: query);
        }
        return rules
            .Where(d => PrecedentExtractor.Extract(d).Any)
            .OrderByDescending(d => IsRegionItself(d.Region, query))
            .ThenByDescending(d => d.Date ?? DateOnly.MinValue)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .FirstOrDefault()
            ?? throw new CqoDocsException($"“{query}”的文件中没有首席质量官的职责、权限或任职条件条款", field: query);
    }

    private static bool IsRegionItself(Region region, string query) =>
        region.Name is { } name && (name == query || Region.ShortForm(name) == query || region.ToString() == query);
}
