using CqoDocs.Core.Templates;

namespace CqoDocs.Core.Tests.Templates;

public class DataCheckerTests
{
    private static readonly DocxTemplate Letter = BundledTemplates.Get("appointment");

    private static IReadOnlyDictionary<string, object?> Data(string yaml) =>
        DataFile.Entries(DataFile.ParseYaml(yaml, "d.yaml"), "d.yaml").Single();

    private const string Good = """
        企业名称: 甲公司
        聘书编号: 甲聘〔2024〕1号
        受聘人: {姓名: 张伟}
        决定机构: 董事会
        直接上级: 总经理
        聘期: 两年
        聘期开始: 2024-03-01
        聘期结束: 二〇二六年二月二十八日
        权限: [{内容: 否决权}]
        法定代表人: 王
        签发日期: 2024年3月1日
        """;

    [Fact]
    public void Good_data_in_any_accepted_date_spelling_has_no_problems()
    {
        Assert.Empty(DataChecker.Check(Letter.Outline, Data(Good)));
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_with_its_field()
    {
        var bad = Good
            .Replace("签发日期: 2024年3月1日", "签发日期: 2024年13月45日")
            .Replace("聘期结束: 二〇二六年二月二十八日", "聘期结束: 2023-02-28")
            .Replace("权限: [{内容: 否决权}]", "权限: 一票否决")
            .Replace("法定代表人: 王\n", "");
        var problems = DataChecker.Check(Letter.Outline, Data(bad)).Select(p => p.ToString()).ToList();

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("签发日期: ", StringComparison.Ordinal) && p.Contains("不是真实的日期", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("聘期结束: ", StringComparison.Ordinal) && p.Contains("聘期开始", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("权限: ", StringComparison.Ordinal) && p.Contains("列表", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("法定代表人: 缺少这个字段（模板正文第", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_field_holding_no_date_and_a_bad_item_are_named_by_their_place()
    {
        var bad = Good.Replace("签发日期: 2024年3月1日", "签发日期: 下周一").Replace("权限: [{内容: 否决权}]", "权限: [{内容: 否决权}, 建议权]");
        var problems = DataChecker.Check(Letter.Outline, Data(bad)).Select(p => p.Field).ToList();
        Assert.Equal(["权限[2]", "签发日期"], problems.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2024-03-05", 2024, 3, 5)]
    [InlineData("2024年3月5日", 2024, 3, 5)]
    [InlineData("二〇二四年三月五日", 2024, 3, 5)]
    [InlineData("二〇二四年十二月三十一日", 2024, 12, 31)]
    public void Dates_are_read_in_every_accepted_spelling(string text, int y, int m, int d)
    {
        Assert.True(ChineseDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("2024年13月45日")]
    [InlineData("2023-02-29")]
    [InlineData("二〇二四年二月三十日")]
    public void Dates_that_do_not_exist_look_like_dates_and_are_refused(string text)
    {
        Assert.True(ChineseDate.LooksLikeDate(text));
        Assert.False(ChineseDate.TryParse(text, out _));
    }
}
