using CqoDocs.Core.Requirements;
using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Core.Tests.Requirements;

/// <summary>
/// Whole made-up notices (Cases/Notices/*.md) against hand-made requirement tables (*.tsv beside them):
/// every value of the table found with its exact source text, and nothing found that the table lacks.
/// </summary>
public sealed class NoticeTableTests
{
    public static IEnumerable<object[]> Notices() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Requirements", "Cases", "Notices"), "*.md")
            .Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    [Theory]
    [MemberData(nameof(Notices))]
    public void The_extracted_values_are_exactly_the_hand_made_table(string name)
    {
        var document = RequirementTestDocuments.Notice(name);
        var table = File.ReadAllLines(Path.Combine(RequirementTestDocuments.NoticeFolder, name + ".tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => $"{p[0]} | {p[1]} | {p[2]} | {p[3]}")
            .ToList();

        var found = RequirementExtractor.Extract(document)
            .Select(r => $"{r.Kind.Key()} | {r.Value} | {r.Source.UnitLabel} | {r.Source.Text}")
            .ToList();

        Assert.Equal(table, found);
    }

    [Fact]
    public void The_made_up_notice_is_in_force_for_five_years_and_names_what_it_repeals()
    {
        var document = RequirementTestDocuments.Notice("丁市-2021-measures");

        var validity = ValidityResolver.Resolve([document], new DateOnly(2025, 1, 1))[document.Id];
        var expired = ValidityResolver.Resolve([document], new DateOnly(2026, 7, 1))[document.Id];

        Assert.Equal(DocumentStatus.InForce, validity.Status);
        Assert.Equal(new DateOnly(2026, 6, 30), validity.Until);
        Assert.Equal(DocumentStatus.Expired, expired.Status);
        var repealed = Assert.Single(validity.Repeals);
        Assert.Equal("丁市首席质量官管理暂行办法", repealed.Title);
        Assert.Equal("丁质监〔2015〕9号", repealed.DocNumber);
        Assert.Equal("某省企业首席质量官制度实施意见", Assert.Single(validity.Implements).Title);
    }
}
