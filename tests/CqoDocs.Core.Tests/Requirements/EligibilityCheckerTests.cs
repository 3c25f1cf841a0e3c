using CqoDocs.Core.Requirements;
using CqoDocs.Core.Requirements.Check;

namespace CqoDocs.Core.Tests.Requirements;

public sealed class EligibilityCheckerTests
{
    private static CheckResult Check(string yaml, CqoDocs.Core.Model.Document document) =>
        EligibilityChecker.Check(RequirementTestDocuments.Profile(yaml), RequirementExtractor.Extract([document], new DateOnly(2025, 1, 1)).Single());

    [Theory]
    // Bachelor with 3 years, a 中级 title, trained, medium enterprise: meets every clause.
    [InlineData("学历: 大学本科\n质量工作年限: 3\n职称: [中级工程师]\n任职培训: 是\n企业规模: 中型", "甲", Verdict.Met)]
    // The alternative: 大专 with 5 years will do instead of a degree with 3.
    [InlineData("学历: 大专\n质量工作年限: 5\n职称: [高级工程师]\n任职培训: 是\n企业规模: 中型", "甲", Verdict.Met)]
    // 大专 with 4 years meets neither alternative.
    [InlineData("学历: 大专\n质量工作年限: 4\n职称: [中级工程师]\n任职培训: 是\n企业规模: 中型", "甲", Verdict.NotMet)]
    // A large enterprise needs a 高级 title: 中级 is not enough.
    [InlineData("学历: 硕士研究生\n质量工作年限: 8\n职称: [中级工程师]\n任职培训: 是\n企业规模: 大型", "甲", Verdict.NotMet)]
    // No enterprise size: the large-enterprise rule cannot be told.
    [InlineData("学历: 硕士研究生\n质量工作年限: 8\n职称: [中级工程师]\n任职培训: 是", "甲", Verdict.CannotTell)]
    // Training not stated: cannot tell.
    [InlineData("学历: 大学本科\n质量工作年限: 3\n职称: [中级工程师]\n企业规模: 小型", "甲", Verdict.CannotTell)]
    // Not trained: not met.
    [InlineData("education: bachelor\nyears: 3\ncertificates: [中级工程师]\ntrained: false\nenterpriseSize: small", "甲", Verdict.NotMet)]
    [InlineData("质量工作年限: 五\n证书: 中级质量工程师", "乙", Verdict.Met)]
    [InlineData("质量工作年限: 6\n证书: [高级经济师]", "乙", Verdict.NotMet)]
    [InlineData("质量工作年限: 4\n证书: [质量工程师]", "乙", Verdict.NotMet)]
    public void A_candidate_gets_the_verdict_the_rules_give(string yaml, string region, Verdict expected)
    {
        var document = region == "甲" ? RequirementTestDocuments.Alpha : RequirementTestDocuments.Beta;
        var result = Check(yaml, document);
        Assert.True(expected == result.Verdict, $"{result.Verdict}: {string.Join(" / ", result.Clauses.Select(c => $"{c.Requirement.Value} {c.Verdict} {c.Reason}"))}");
    }

    [Fact]
    public void A_profile_may_nest_training_and_carry_fields_the_check_does_not_use()
    {
        var result = Check("name: 王五\nage: 40\neducation: 本科\nyears: 3年\ntitles: 中级工程师\nsize: 中型企业\ntraining:\n  onboarding: 已参加\n  hoursPerYear: 40", RequirementTestDocuments.Alpha);

        Assert.Equal(Verdict.Met, result.Verdict);
        Assert.Equal(["age"], result.Candidate.UnusedFields);
        Assert.Equal(40, result.Candidate.HoursPerYear);
    }

    [Fact]
    public void What_is_missing_names_the_clause_and_its_article()
    {
        var result = Check("学历: 大专\n质量工作年限: 4\n职称: [中级工程师]\n任职培训: 是\n企业规模: 中型", RequirementTestDocuments.Alpha);

        Assert.Equal(Verdict.NotMet, result.Verdict);
        var missing = Assert.Single(result.Missing);
        Assert.Contains("5年以上质量管理工作经历", missing);
        Assert.Contains("第一条", missing);
        Assert.All(result.Clauses, c => Assert.StartsWith("《甲市企业首席质量官管理办法》", c.Citation));
    }

    [Fact]
    public void Enterprise_duties_are_listed_but_not_judged()
    {
        var result = Check("学历: 大学本科\n质量工作年限: 3\n职称: [中级工程师]\n任职培训: 是\n企业规模: 中型", RequirementTestDocuments.Alpha);

        Assert.Equal(
            [RequirementKind.Appointer, RequirementKind.Term, RequirementKind.Registration],
            result.EnterpriseDuties.Select(r => r.Kind));
        Assert.DoesNotContain(result.Clauses, c => c.Requirement.Kind is RequirementKind.Term or RequirementKind.Registration);
    }

    [Theory]
    [InlineData("学历: 小学", "学历")]
    [InlineData("质量工作年限: 很多", "质量工作年限")]
    [InlineData("企业规模: 超大", "企业规模")]
    public void A_bad_profile_value_is_reported_with_the_file_and_the_field(string yaml, string field)
    {
        var (path, e) = RequirementTestDocuments.WithProfileFile(yaml, path => (path, Assert.Throws<CqoDocsException>(() => ProfileReader.Load(path))));

        Assert.Equal(path, e.File);
        Assert.Equal(field, e.Field);
    }
}
