using CqoDocs.Core.Requirements;
using CqoDocs.Core.Requirements.Check;

namespace CqoDocs.Core.Tests.Requirements;

/// <summary>
/// Candidates checked against the made-up notices of Cases/Notices, with the verdict a reader of the notice
/// gives by hand.
/// </summary>
public sealed class NoticeCheckTests
{
    [Theory]
    // 大型企业 asks for a full-time bachelor's degree, 中小企业 for 大专; five years; 中级 title or a black belt.
    [InlineData("庚省-2022-opinion", "学历: 大学本科\n质量工作年限: 6\n职称: [中级工程师]\n任职培训: 是\n企业规模: 大型", Verdict.Met)]
    [InlineData("庚省-2022-opinion", "学历: 大专\n质量工作年限: 6\n证书: [六西格玛黑带]\n任职培训: 是\n企业规模: 小型", Verdict.Met)]
    [InlineData("庚省-2022-opinion", "学历: 大专\n质量工作年限: 6\n职称: [中级工程师]\n任职培训: 是\n企业规模: 大型", Verdict.NotMet)]
    [InlineData("庚省-2022-opinion", "学历: 大学本科\n质量工作年限: 4\n职称: [中级工程师]\n任职培训: 是\n企业规模: 中型", Verdict.NotMet)]
    // Only 注册质量工程师 or a black belt will do; a 中级 title will not.
    [InlineData("辛市-2020-measures", "学历: 大专\n质量工作年限: 3\n证书: [注册质量工程师]\n任职培训: 是", Verdict.Met)]
    [InlineData("辛市-2020-measures", "学历: 大专\n质量工作年限: 3\n职称: [中级工程师]\n任职培训: 是", Verdict.NotMet)]
    // Traditional script; 小微企業 need no title.
    [InlineData("巳县-2017-plan", "学历: 大专\n质量工作年限: 5\n职称: []\n任职培训: 是\n企业规模: 小型", Verdict.Met)]
    [InlineData("巳县-2017-plan", "学历: 大专\n质量工作年限: 5\n职称: []\n任职培训: 是\n企业规模: 中型", Verdict.NotMet)]
    [InlineData("巳县-2017-plan", "学历: 大专\n质量工作年限: 5\n职称: [助理工程师]\n任职培训: 是\n企业规模: 大型", Verdict.NotMet)]
    [InlineData("巳县-2017-plan", "学历: 大专\n质量工作年限: 5\n职称: []\n任职培训: 是", Verdict.CannotTell)]
    // A master's degree alone, or a bachelor's with ten years.
    [InlineData("辰省-2020-opinion", "学历: 硕士研究生\n质量工作年限: 2\n证书: [注册质量师]\n任职培训: 是", Verdict.Met)]
    [InlineData("辰省-2020-opinion", "学历: 大学本科\n质量工作年限: 8\n职称: [高级质量工程师]\n任职培训: 是", Verdict.NotMet)]
    [InlineData("辰省-2020-opinion", "学历: 大学本科\n质量工作年限: 10\n职称: [高级质量工程师]\n任职培训: 是", Verdict.Met)]
    // Either of two alternatives in one item: 本科 with 3 years, or 大专 with 6.
    [InlineData("壬市-2019-notice", "学历: 大专\n质量工作年限: 6\n职称: [工程师]\n任职培训: 是", Verdict.Met)]
    [InlineData("壬市-2019-notice", "学历: 大专\n质量工作年限: 5\n职称: [工程师]\n任职培训: 是", Verdict.NotMet)]
    public void A_candidate_gets_the_verdict_a_reader_of_the_notice_gives(string notice, string yaml, Verdict expected)
    {
        var result = Check(notice, yaml);

        Assert.True(expected == result.Verdict, $"{result.Verdict}: {string.Join(" / ", result.Clauses.Select(c => $"{c.Requirement.Value} {c.Verdict} {c.Reason}"))}");
    }

    [Fact]
    public void A_rule_lifted_for_small_enterprises_is_listed_only_for_the_others()
    {
        var small = Check("巳县-2017-plan", "学历: 大专\n质量工作年限: 5\n职称: []\n任职培训: 是\n企业规模: 小型");
        var medium = Check("巳县-2017-plan", "学历: 大专\n质量工作年限: 5\n职称: []\n任职培训: 是\n企业规模: 中型");

        Assert.DoesNotContain(small.Clauses, c => c.Requirement.Kind == RequirementKind.Certificate);
        Assert.Contains(medium.Clauses, c => c.Requirement.Kind == RequirementKind.Certificate && c.Verdict == Verdict.NotMet);
    }

    private static CheckResult Check(string notice, string yaml) =>
        EligibilityChecker.Check(RequirementTestDocuments.Profile(yaml),
            RequirementExtractor.Extract([RequirementTestDocuments.Notice(notice)], new DateOnly(2025, 1, 1)).Single());
}
