using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements;

/// <summary>The documents a requirements command works on: chosen by region, optionally only those in force, news left out.</summary>
public static class RequirementSelection
{
    /// <param name="regions">Region names a user typed; a document passes when it matches any. Empty: every region.</param>
    public static IReadOnlyList<DocumentRequirements> Select(IReadOnlyList<Document> corpus, IReadOnlyCollection<string> regions, bool inForceOnly, DateOnly today)
    {
        foreach (var region in regions)
        {
            if (!corpus.Any(d => d.Region.Matches(region)))
            {
                throw new CqoDocsException($"语料库中没有地区为“{region}”的文件", field: "--region");
            }
        }
        var all = RequirementExtractor.Extract(corpus, today);
        return all
            .Where(d => d.Document.Kind != DocumentKind.News)
            .Where(d => regions.Count == 0 || regions.Any(r => d.Document.Region.Matches(r)))
            .Where(d => !inForceOnly || d.Validity.InForce)
            .OrderBy(d => d.Document.Region.Province ?? "\uFFFF", StringComparer.Ordinal)
            .ThenBy(d => d.Document.Region.City ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Document.Region.District ?? "", StringComparer.Ordinal)
            .ThenByDescending(d => d.Document.Date)
            .ToList();
    }

    /// <summary>--as-of: a day written 2024-05-01 (or 2024年5月1日); today when not given.</summary>
    public static DateOnly Day(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return DateOnly.FromDateTime(DateTime.Today);
        if (Model.IsoDate.TryParse(text.AsSpan().Trim(), out var day)) return day;
        return Import.Text.ChineseDate.Whole(text) ?? throw new CqoDocsException($"读不懂日期“{text}”，请写成 2024-05-01", field: "--as-of");
    }
}
