using CqoDocs.Core.Import.Structure;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Tests.Import;

/// <summary>The small readers the steps share: dates, numerals, document numbers, numbering markers.</summary>
public class TextPatternTests
{
    [Theory]
    [InlineData("2016年3月1日", 2016, 3, 1)]
    [InlineData("2016年03月08日", 2016, 3, 8)]
    [InlineData("二〇一三年九月十八日", 2013, 9, 18)]
    [InlineData("二O一九年十二月三十一日", 2019, 12, 31)]
    [InlineData("2016-03-08 07:17:12", 2016, 3, 8)]
    [InlineData("2016/3/8", 2016, 3, 8)]
    [InlineData("发布时间：2016.03.08", 2016, 3, 8)]
    public void Dates_are_read_in_the_forms_notices_and_pages_use(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), ChineseDate.First(text));

    [Theory]
    [InlineData("2016年2月30日")]
    [InlineData("2016-13-01")]
    [InlineData("ISO 9001:2015")]
    public void Impossible_dates_are_not_dates(string text) => Assert.Null(ChineseDate.First(text));

    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("二十一", 21)]
    [InlineData("一百零二", 102)]
    [InlineData("一千零一十", 1010)]
    [InlineData("二〇一三", 2013)]
    [InlineData("36", 36)]
    public void Chinese_numerals_are_read(string text, int value) => Assert.Equal(value, ChineseNumber.Parse(text));

    [Theory]
    [InlineData("通政办发〔2010〕36号", "通政办发〔2010〕36号")]
    [InlineData("吉质联办[2013]010号", "吉质联办〔2013〕10号")]
    [InlineData("粤府函（2016）第5号", "粤府函〔2016〕5号")]
    [InlineData("（湘政办发【2015】 12 号）", "湘政办发〔2015〕12号")]
    [InlineData("通政辦發〔2010〕36號", "通政辦發〔2010〕36號")]
    public void A_line_holding_only_a_document_number_gives_it_normalised(string line, string number) =>
        Assert.Equal(number, DocumentNumberPattern.WholeLineNumber(line));

    [Theory]
    [InlineData("粤ICP备05002158号")]
    [InlineData("粤公网安备 44180202000123号")]
    [InlineData("索引号：11440000006939800L/2016-00123")]
    [InlineData("根据国办发〔2012〕27号文件精神")]
    public void Licence_index_and_quoted_numbers_are_not_a_line_of_their_own(string line) =>
        Assert.Null(DocumentNumberPattern.WholeLineNumber(line));

    [Fact]
    public void A_number_run_into_the_authority_mark_is_cut_at_the_authority()
    {
        var found = DocumentNumberPattern.FindAll("吉林省实施质量强省战略联席会议办公室吉质联办〔2013〕10号").Single();

        Assert.Equal("吉质联办〔2013〕10号", found.Number);
    }

    [Theory]
    [InlineData("第一章 总则", "Chapter", 1)]
    [InlineData("第十二条 本办法", "Article", 12)]
    [InlineData("第二节 一般规定", "Part", 2)]
    [InlineData("三、工作措施", "Section", 3)]
    [InlineData("（二）首席质量官任职条件。", "Item", 2)]
    [InlineData("(五)全面指导", "Item", 5)]
    [InlineData("2.培训合格者", "Numbered", 2)]
    [InlineData("12、其他", "Numbered", 12)]
    [InlineData("（3）未按时提供履职报告的", "BracketNumbered", 3)]
    [InlineData("4.1.2 组织制定", "Clause", 2)]
    [InlineData("4 基本要求", "Clause", 4)]
    public void Numbering_markers_are_recognised(string line, string kind, int number)
    {
        var marker = NumberingMarker.Parse(line);

        Assert.NotNull(marker);
        Assert.Equal(Enum.Parse<MarkerKind>(kind), marker.Value.Kind);
        Assert.Equal(number, marker.Value.Number);
    }

    [Theory]
    [InlineData("第一条件是质量")]
    [InlineData("一是加强领导")]
    [InlineData("2016年3月")]
    [InlineData("十分重要")]
    [InlineData("第三方机构")]
    public void Words_that_only_look_like_markers_are_not_markers(string line) => Assert.Null(NumberingMarker.Parse(line));

    [Fact]
    public void Traditional_text_folds_to_simplified_keeping_its_length()
    {
        const string traditional = "關於推行首席質量官制度的實施意見";

        var folded = ScriptTable.Default.ToSimplified(traditional);

        Assert.Equal("关於推行首席质量官制度的实施意见".Length, folded.Length);
        Assert.Equal("关于推行首席质量官制度的实施意见", folded.Replace('於', '于'));
        Assert.True(ScriptTable.Default.IsTraditional('質'));
        Assert.False(ScriptTable.Default.IsTraditional('质'));
    }

    [Theory]
    [InlineData("关于推行“首席質量官”制度的實施意見", "关于推行首席质量官制度实施意见")]
    [InlineData("清远市企业首席质量官管理办法(试行)", "清远市企业首席质量官管理办法（试行）")]
    public void Titles_compare_equal_across_punctuation_quotes_and_script(string a, string b) => Assert.True(TitleKey.Same(a, b));

    [Fact]
    public void Different_titles_do_not_compare_equal() =>
        Assert.False(TitleKey.Same("清远市企业首席质量官管理办法", "吉林省推行首席质量官制度的实施意见"));
}
