using CqoDocs.Search.Index;

namespace CqoDocs.Search.Tests.Index;

public class UnitTextsTests
{
    [Fact]
    public void A_documents_texts_unpack_as_they_were_packed()
    {
        string[] texts = ["第一条 为了加强质量管理，制定本办法。", "", "Quality 😀 质量 ＡＢＣ\n第二行", "企业应当设立首席质量官。"];

        Assert.Equal(texts, UnitTexts.Unpack(UnitTexts.Pack(texts)));
    }

    [Fact]
    public void Texts_that_repeat_their_words_take_far_less_room_than_their_characters()
    {
        var texts = Enumerable.Range(0, 25).Select(i => $"第{i + 1}条 企业应当建立首席质量官制度，首席质量官对产品质量安全负责，并参加质量管理培训。").ToList();

        Assert.True(UnitTexts.Pack(texts).Length < texts.Sum(t => t.Length) / 2);
    }
}
