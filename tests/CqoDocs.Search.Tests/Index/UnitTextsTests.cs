using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
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

    [Fact]
    public void Every_unit_of_a_long_document_reads_back_its_own_text_across_blocks()
    {
        using var folder = new TempFolder();
        var model = CorpusLoader.LoadBundled().Documents[0];
        var units = Enumerable.Range(1, 3 * UnitTexts.BlockUnits + 1).Select(i => new Unit($"第{i}条", null, $"第{i}条的正文，编号{i * 7}。", [])).ToList();
        Document[] documents = [model with { Id = "long", Units = units }, model with { Id = "short", Units = units.Take(2).ToList() }];
        var path = folder.File("texts.sqlite");
        new IndexBuilder(StandardAnalyzer.Shared).Build(documents, "h", "test", path);
        using var index = SearchIndex.Open(path);

        var texts = new StoredTexts(index.Connection);

        var expected = documents.SelectMany(d => d.Units).Select(u => u.Text).ToList();
        Assert.Equal(expected, Enumerable.Range(1, expected.Count).Select(id => texts.Of(id)));
        Assert.Null(texts.Of(expected.Count + 1));
    }
}
