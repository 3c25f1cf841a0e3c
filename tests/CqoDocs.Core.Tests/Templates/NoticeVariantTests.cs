using CqoDocs.Core.Templates;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Tests.Templates;

/// <summary>The notice beyond its example: joint issuers, the optional head elements, the signature kept with the text.</summary>
public class NoticeVariantTests
{
    private static Dictionary<string, object?> Example() =>
        new(DataFile.Entries(DataFile.ParseYaml(BundledTemplates.ExampleYaml("notice")!, "notice.yaml"), "notice").Single());

    private static Body Render(IReadOnlyDictionary<string, object?> data, out WordprocessingDocument document)
    {
        document = WordprocessingDocument.Open(new MemoryStream(BundledTemplates.Get("notice").Render(data)), false);
        return document.MainDocumentPart!.Document.Body!;
    }

    private static string Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";

    [Fact]
    public void The_paragraph_before_the_signature_keeps_with_it_so_the_date_is_never_alone()
    {
        var data = Example();
        data.Remove("附件");
        data.Remove("结语");
        var body = Render(data, out var document);
        using (document)
        {
            var paragraphs = body.Elements<Paragraph>().ToList();
            var signature = paragraphs.FindIndex(p => Style(p) == "GwSignature");
            Assert.Equal("3. 首席质量官每年向总经理办公会提交履职报告。", TestDocx.ParagraphText(paragraphs[signature - 1]));
            Assert.NotNull(paragraphs[signature - 1].ParagraphProperties!.KeepNext);
        }
    }

    [Fact]
    public void Joint_issuers_stack_their_names_beside_one_wenjian_and_sign_one_below_another()
    {
        var data = Example();
        data["发文机关"] = new List<object?> { "甲市市场监督管理局", "甲市工业和信息化局", "甲市人力资源和社会保障局" };
        var body = Render(data, out var document);
        using (document)
        {
            var head = body.Elements<Table>().First();
            var cells = head.Descendants<TableCell>().ToList();
            Assert.Equal(["甲市市场监督管理局", "甲市工业和信息化局", "甲市人力资源和社会保障局"], cells[0].Elements<Paragraph>().Select(TestDocx.ParagraphText));
            Assert.Equal("文件", TestDocx.ParagraphText(cells[1].Elements<Paragraph>().Single()));
            Assert.Equal(TableVerticalAlignmentValues.Center, cells[1].TableCellProperties!.TableCellVerticalAlignment!.Val!.Value);
            Assert.DoesNotContain(body.Elements<Paragraph>(), p => Style(p) == "GwMark");

            var signatures = body.Elements<Paragraph>().Where(p => Style(p) is "GwSignature" or "GwSignatureMore").Select(TestDocx.ParagraphText).ToList();
            Assert.Equal(["甲市市场监督管理局", "甲市工业和信息化局", "甲市人力资源和社会保障局"], signatures);
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        }
    }

    [Fact]
    public void Copy_number_classification_urgency_and_signer_stand_where_the_standard_puts_them()
    {
        var data = Example();
        data["份号"] = "000123";
        data["密级"] = "秘密";
        data["保密期限"] = "1年";
        data["紧急程度"] = "特急";
        data["签发人"] = "王建国";
        var body = Render(data, out var document);
        using (document)
        {
            var paragraphs = body.Elements<Paragraph>().ToList();
            Assert.Equal(["000123", "秘密★1年", "特急"], paragraphs.Take(3).Select(TestDocx.ParagraphText));
            Assert.Equal("黑体", paragraphs[1].Descendants<Run>().First().RunProperties!.RunFonts!.EastAsia!.Value);
            Assert.Equal("GwUpwardSpacer", Style(paragraphs[3]));
            var number = paragraphs.Single(p => Style(p) == "GwNumberUpward");
            Assert.Equal("华精发〔2024〕12号签发人：王建国", TestDocx.ParagraphText(number).Replace("\t", ""));
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        }
    }

    [Fact]
    public void The_title_is_broken_into_lines()
    {
        var body = Render(Example(), out var document);
        using (document)
        {
            var title = body.Elements<Paragraph>().Single(p => Style(p) == "GwTitle");
            Assert.Single(title.Descendants<Break>());
        }
    }
}
