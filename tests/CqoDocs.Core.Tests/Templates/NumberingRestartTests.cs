using CqoDocs.Core.Templates;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Tests.Templates;

public class NumberingRestartTests
{
    /// <summary>A template whose sections each hold a Word-numbered list (1. 2. …) of items.</summary>
    private static byte[] Template()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 7 },
                new NumberingInstance(new AbstractNumId { Val = 7 }) { NumberID = 3 });
            static Paragraph Plain(string text) => new(new Run(new Text(text)));
            static Paragraph Numbered(string text) => new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 3 })), new Run(new Text(text)));
            main.Document = new Document(new Body(
                Plain("{{#章节}}"), Plain("{{标题}}"), Plain("{{#条目}}"), Numbered("{{.}}"), Plain("{{/条目}}"), Plain("{{/章节}}"), new SectionProperties()));
        }
        return stream.ToArray();
    }

    [Fact]
    public void A_numbered_list_restarts_at_one_in_each_repetition_of_the_loop_around_it()
    {
        var data = DataFile.Entries(DataFile.ParseYaml("章节:\n  - {标题: 一, 条目: [甲, 乙]}\n  - {标题: 二, 条目: [丙, 丁, 戊]}\n  - {标题: 三, 条目: [己]}\n", "d"), "d").Single();
        var output = DocxTemplate.Load(Template(), "t").Render(data);

        using var document = WordprocessingDocument.Open(new MemoryStream(output), false);
        var ids = document.MainDocumentPart!.Document.Body!.Descendants<NumberingId>().Select(n => n.Val!.Value).ToList();
        Assert.Equal(6, ids.Count);
        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(ids[2], ids[3]);
        Assert.Equal(ids[3], ids[4]);
        Assert.Equal(3, ids.Distinct().Count());
        var instances = document.MainDocumentPart.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().ToList();
        foreach (var id in ids.Distinct().Skip(1))
        {
            var instance = instances.Single(i => i.NumberID!.Value == id);
            Assert.Equal(7, instance.AbstractNumId!.Val!.Value);
            Assert.Equal(1, instance.Elements<LevelOverride>().First().StartOverrideNumberingValue!.Val!.Value);
        }
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }
}
