using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;

namespace CqoDocs.Search.Tests.Index;

public sealed class UnitTermPositionsTests
{
    [Theory]
    [InlineData("首席质量官应当具备下列条件：（一）大专以上学历；（二）五年以上质量管理工作经历。")]
    [InlineData("質量管理體系符合GB/T 19001-2016標準，ISO9001認證；e-mail: cqo@example.cn")]
    [InlineData("第3.2款 ①年度质量报告 ② 2018年12月31日前 ——（见附件）")]
    [InlineData("罕见字𠀀𠀁与表情😀混在正文里，还有全角ＡＢＣ１２３和半角abc123。")]
    [InlineData("")]
    public void Positions_counted_from_words_equal_those_counted_from_the_columns_joined_text(string text)
    {
        var analyzer = StandardAnalyzer.Shared;
        var document = new Document
        {
            Id = "x", Title = "關於推行企業首席質量官制度的通知（2016-3号）", Region = new Region("广东省", "清远市", null),
            Units = [],
        };
        var unit = new Unit("第一条", "首席质量官 任职条件", text, [Topic.Qualifications, Topic.Duties]);
        var context = UnitFields.ContextOf(document, analyzer);

        var fromText = UnitTermPositions.Of(UnitFields.Of(unit, context, analyzer));
        var fromWords = UnitTermPositions.Of(UnitFields.Words(unit, IndexTokens.Of(context).ToArray(), analyzer));

        Assert.Equal(fromText.Length, fromWords.Length);
        Assert.Equal(Table(fromText), Table(fromWords));
        Assert.True(fromText.Length > 10);
    }

    /// <summary>Each term with its positions, in term order: what two readings of a unit must agree on.</summary>
    private static List<string> Table(UnitTermPositions unit) =>
        [.. Enumerable.Range(0, unit.TermCount).Select(i => unit.Term(i) + " " + string.Join(',', unit.PositionsOf(i).ToArray())).Order(StringComparer.Ordinal)];
}
