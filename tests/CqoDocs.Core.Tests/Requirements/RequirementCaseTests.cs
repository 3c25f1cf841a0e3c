using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements;

namespace CqoDocs.Core.Tests.Requirements;

public sealed class RequirementCaseTests
{
    public static IEnumerable<object[]> Cases() => RequirementCase.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_yields_exactly_its_values_with_their_source_text(RequirementCase c)
    {
        var document = new Document { Id = "case", Title = "测试办法", Units = [c.Unit] };
        var found = RequirementExtractor.Extract(document);

        Assert.Equal(
            c.Expected.Select(e => $"{e.Kind} | {e.Value} | {e.Source}"),
            found.Select(r => $"{r.Kind.Key()} | {r.Value} | {r.Source.Text}"));
        foreach (var r in found)
        {
            Assert.Equal(c.Unit.Label, r.Source.UnitLabel);
            Assert.Equal(c.Unit.Text[r.Source.Start..r.Source.End], r.Source.Text);
            Assert.InRange(r.Confidence, 0.01, 1.0);
        }
        foreach (var (expected, actual) in c.Expected.Zip(found))
        {
            foreach (var (key, value) in expected.Checks)
            {
                Assert.True(value == Property(actual, found, key), $"{expected}: {key} is {Property(actual, found, key)}, expected {value}");
            }
        }
    }

    private static string Property(Requirement r, IReadOnlyList<Requirement> all, string key) => key switch
    {
        "number" => r.Number?.ToString() ?? "",
        "level" => r.Level?.ChineseName() ?? "",
        "orAbove" => r.OrAbove ? "true" : "false",
        "rank" => r.Rank?.ToString() ?? "",
        "scope" => r.Scope.Label(),
        "party" => r.Party ?? "",
        "workingDays" => r.WorkingDays ? "true" : "false",
        "qualityOnly" => r.QualityOnly ? "true" : "false",
        // Groups are numbered per document; cases name them by order of first appearance (1, 2…).
        "group" => r.Group is { } g ? (all.Where(x => x.Group is not null).Select(x => x.Group).Distinct().ToList().IndexOf(g) + 1).ToString() : "",
        "option" => (r.Option + 1).ToString(),
        _ => throw new InvalidDataException($"unknown check '{key}'"),
    };
}
