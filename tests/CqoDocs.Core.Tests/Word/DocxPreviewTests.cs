using CqoDocs.Core.Templates;
using CqoDocs.Core.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Tests.Word;

public class DocxPreviewTests
{
    [Fact]
    public void Paragraphs_come_out_in_order_with_their_alignment_and_tables_cell_by_cell_with_their_spans()
    {
        var docx = Docx(
            new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new RunProperties(new Bold()), new Text("标题"))),
            new Paragraph(new Run(new Text("第一行")), new Run(new Break()), new Run(new Text("第二行"))),
            new Table(
                new TableRow(new TableCell(new TableCellProperties(new GridSpan { Val = 2 }), new Paragraph(new Run(new Text("合并"))))),
                new TableRow(new TableCell(new Paragraph(new Run(new Text("甲")))), new TableCell(new Paragraph(new Run(new Text("乙")))))),
            new Paragraph(new Run(new Break { Type = BreakValues.Page }), new Run(new Text("下一页"))));

        var blocks = DocxPreview.Read(docx);

        Assert.Equal(new PreviewBlock("标题", PreviewAlign.Center, Bold: true), blocks[0]);
        Assert.Equal("第一行\n第二行", blocks[1].Text);
        Assert.Equal([[new PreviewCell("合并", 2)], [new PreviewCell("甲"), new PreviewCell("乙")]], blocks[2].Rows!.Select(r => r.ToArray()).ToArray());
        Assert.True(blocks[3].PageBreak);
        Assert.Equal("下一页", blocks[4].Text);
    }

    [Fact]
    public void A_paragraph_takes_the_alignment_of_its_style_or_the_style_that_style_is_based_on()
    {
        var styles = new Styles(
            new Style(new StyleParagraphProperties(new Justification { Val = JustificationValues.Center })) { StyleId = "居中", Type = StyleValues.Paragraph },
            new Style(new BasedOn { Val = "居中" }) { StyleId = "标题", Type = StyleValues.Paragraph },
            new Style(new BasedOn { Val = "标题" }, new StyleParagraphProperties(new Justification { Val = JustificationValues.Right })) { StyleId = "落款", Type = StyleValues.Paragraph });
        Paragraph Styled(string style, string text) => new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

        var blocks = DocxPreview.Read(Docx(styles, Styled("标题", "通知"), Styled("落款", "某某公司"), Styled("没有这个样式", "正文")));

        Assert.Equal([PreviewAlign.Center, PreviewAlign.End, PreviewAlign.Start], blocks.Select(b => b.Align));
    }

    [Fact]
    public void A_filled_bundled_template_previews_with_its_data()
    {
        var data = DataFile.Entries(DataFile.ParseYaml(BundledTemplates.ExampleYaml("notice")!, "n.yaml"), "n").Single();

        var blocks = DocxPreview.Read(BundledTemplates.Get("notice").Render(data));

        var text = string.Join("\n", blocks.Select(b => b.Text));
        Assert.Contains("华精发〔2024〕12号", text);
        Assert.Contains("设立首席质量官岗位", text);
        Assert.DoesNotContain("{{", text);
    }

    private static byte[] Docx(params DocumentFormat.OpenXml.OpenXmlElement[] body) => Docx(null, body);

    private static byte[] Docx(Styles? styles, params DocumentFormat.OpenXml.OpenXmlElement[] body)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body));
            if (styles is not null) main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
        }
        return stream.ToArray();
    }
}
