using CqoDocs.Core.Templates;

namespace CqoDocs.Core.Tests.Templates;

public class ValueFormatterTests
{
    private static string Format(object? value, string? format = null) =>
        ValueFormatter.Format(value, format, m => new CqoDocsException(m));

    [Theory]
    [InlineData("2016-03-01", "2016年3月1日")]
    [InlineData("2016/3/1", "2016年3月1日")]
    [InlineData("2016.12.31", "2016年12月31日")]
    [InlineData("2016年03月01日", "2016年3月1日")]
    [InlineData("2016-02-30", "2016-02-30")]
    [InlineData("第2016-3号", "第2016-3号")]
    public void Dates_are_written_the_Chinese_way_without_leading_zeros(string value, string expected) =>
        Assert.Equal(expected, Format(value));

    [Theory]
    [InlineData("2024-03-01", "二〇二四年三月一日")]
    [InlineData("2010-10-20", "二〇一〇年十月二十日")]
    [InlineData("1", "一")]
    [InlineData("10", "十")]
    [InlineData("12", "十二")]
    [InlineData("20", "二十")]
    [InlineData("105", "一百零五")]
    [InlineData("2024", "二千零二十四")]
    public void The_Chinese_format_writes_numerals(string value, string expected) =>
        Assert.Equal(expected, Format(value, ValueFormatter.Chinese));

    [Theory]
    [InlineData("国发[2010]第006号", "国发〔2010〕6号")]
    [InlineData("质发（2023） 7 号", "质发〔2023〕7号")]
    [InlineData("吉质联办〔2013〕10号", "吉质联办〔2013〕10号")]
    [InlineData("没有文号", "没有文号")]
    public void Document_numbers_follow_GB_T_9704(string value, string expected) =>
        Assert.Equal(expected, Format(value, ValueFormatter.DocumentNumber));

    [Fact]
    public void Date_patterns_and_verbatim()
    {
        Assert.Equal("2024年3月", Format("2024-03-01", "yyyy年M月"));
        Assert.Equal("2024.3.1", Format("2024-03-01", "yyyy.M.d"));
        Assert.Equal("2024-03-01", Format("2024-03-01", ValueFormatter.Verbatim));
        Assert.Equal("是", Format(true));
        Assert.Throws<CqoDocsException>(() => Format("下周", ValueFormatter.Date));
        Assert.Throws<CqoDocsException>(() => Format("很多", ValueFormatter.Chinese));
    }

    [Theory]
    [InlineData("日期", true)]
    [InlineData("yyyy年M月", true)]
    [InlineData("M", false)]
    [InlineData("大写", false)]
    public void Known_formats(string format, bool known) => Assert.Equal(known, ValueFormatter.IsKnownFormat(format));
}
