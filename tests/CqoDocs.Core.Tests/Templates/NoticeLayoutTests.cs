using System.Text.RegularExpressions;
using CqoDocs.Core.Templates;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Tests.Templates;

/// <summary>The generated notice against GB/T 9704-2012: page, grid, head, body fonts, tail and page numbers.</summary>
public sealed class NoticeLayoutTests : IDisposable
{
    private const double TwipsPerMm = 1440 / 25.4;
    private readonly WordprocessingDocument _document;
    private readonly Body _body;

    public NoticeLayoutTests()
    {
        var data = DataFile.Entries(DataFile.ParseYaml(BundledTemplates.ExampleYaml("notice")!, "notice.yaml"), "notice").Single();
        _document = WordprocessingDocument.Open(new MemoryStream(BundledTemplates.Get("notice").Render(data)), false);
        _body = _document.MainDocumentPart!.Document.Body!;
    }

    public void Dispose() => _document.Dispose();

    private SectionProperties Section => _body.GetFirstChild<SectionProperties>()!;

    [Fact]
    public void Page_is_A4_with_a_156_by_225_mm_text_block()
    {
        var size = Section.GetFirstChild<PageSize>()!;
        var margin = Section.GetFirstChild<PageMargin>()!;
        Assert.Equal(210, size.Width!.Value / TwipsPerMm, 0.5);
        Assert.Equal(297, size.Height!.Value / TwipsPerMm, 0.5);
        Assert.Equal(37, margin.Top!.Value / TwipsPerMm, 1.0);
        Assert.Equal(28, margin.Left!.Value / TwipsPerMm, 1.0);
        Assert.Equal(35, margin.Bottom!.Value / TwipsPerMm, 1.0);
        Assert.Equal(26, margin.Right!.Value / TwipsPerMm, 1.0);
        Assert.Equal(156, (size.Width.Value - margin.Left.Value - margin.Right.Value) / TwipsPerMm, 0.5);
        Assert.Equal(225, (size.Height.Value - margin.Top.Value - margin.Bottom.Value) / TwipsPerMm, 0.5);
    }

    [Fact]
    public void Grid_holds_22_lines_of_28_characters()
    {
        var grid = Section.GetFirstChild<DocGrid>()!;
        var margin = Section.GetFirstChild<PageMargin>()!;
        var size = Section.GetFirstChild<PageSize>()!;
        Assert.Equal(DocGridValues.LinesAndChars, grid.Type!.Value);
        var textHeight = size.Height!.Value - margin.Top!.Value - margin.Bottom!.Value;
        Assert.Equal(22, (int)(textHeight / (double)grid.LinePitch!.Value));
        var pitchPoints = 16 + grid.CharacterSpace!.Value / 4096.0;
        var textWidthPoints = (size.Width!.Value - margin.Left!.Value - margin.Right!.Value) / 20.0;
        Assert.Equal(28, (int)(textWidthPoints / pitchPoints));
        // Lines keep the grid by exact spacing, and 28 characters of 16 pt fit by the style's letter spacing.
        var normal = Style("Normal");
        Assert.Equal(grid.LinePitch.Value.ToString(), normal.StyleParagraphProperties!.SpacingBetweenLines!.Line!.Value);
        Assert.Equal(28, (int)(textWidthPoints / (16 + normal.StyleRunProperties!.GetFirstChild<Spacing>()!.Val!.Value / 20.0)));
    }

    [Fact]
    public void Head_has_a_red_mark_the_number_and_a_red_rule()
    {
        var paragraphs = _body.Elements<Paragraph>().ToList();
        var at = paragraphs.FindIndex(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "GwMark");
        var mark = paragraphs[at];
        Assert.Equal("华东精密机械股份有限公司文件", TestDocx.ParagraphText(mark));
        Assert.Equal("方正小标宋简体", RunFont(mark));
        Assert.Equal("FF0000", mark.Descendants<Run>().First().RunProperties!.Color!.Val!.Value);
        // Three lines kept for 份号, 密级 and 紧急程度 (empty here), then the mark: its top 35 mm below the text block's.
        Assert.Equal(3, at);
        Assert.All(paragraphs.Take(at), p => Assert.Equal("", TestDocx.ParagraphText(p)));
        var above = paragraphs.Take(at).Sum(p => int.Parse(Style(p).StyleParagraphProperties!.SpacingBetweenLines!.Line!.Value!));
        Assert.Equal(35, (above + int.Parse(Style(mark).StyleParagraphProperties!.SpacingBetweenLines!.Before!.Value!)) / TwipsPerMm, 0.5);

        var number = paragraphs[at + 1];
        Assert.Matches(new Regex(@"^\S+〔\d{4}〕[1-9]\d*号$"), TestDocx.ParagraphText(number));
        Assert.Equal(JustificationValues.Center, Style(number).StyleParagraphProperties!.Justification!.Val!.Value);
        var rule = Style(number).StyleParagraphProperties!.ParagraphBorders!.BottomBorder!;
        Assert.Equal("FF0000", rule.Color!.Value);
        Assert.Equal(4, rule.Space!.Value / 72.0 * 25.4, 0.5);
    }

    [Fact]
    public void Title_is_22_pt_xiaobiaosong_and_text_16_pt_fangsong_indented_two_characters()
    {
        var title = Paragraph(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "GwTitle");
        Assert.Equal("方正小标宋简体", RunFont(title));
        Assert.Equal("44", title.Descendants<Run>().First().RunProperties!.FontSize!.Val!.Value);

        var text = Paragraph(p => TestDocx.ParagraphText(p).StartsWith("为落实企业质量主体责任", StringComparison.Ordinal));
        Assert.Equal("仿宋_GB2312", RunFont(text));
        Assert.Equal("32", text.Descendants<Run>().First().RunProperties!.FontSize!.Val!.Value);
        Assert.Equal(200, Style(text).StyleParagraphProperties!.Indentation!.FirstLineChars!.Value);

        var addressee = Paragraph(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "GwAddressee");
        Assert.EndsWith("：", TestDocx.ParagraphText(addressee));
        Assert.Null(Style(addressee).StyleParagraphProperties!.Indentation);
    }

    [Fact]
    public void Headings_use_heiti_kaiti_and_fangsong_by_level()
    {
        Assert.Equal("黑体", RunFont(Paragraph(p => TestDocx.ParagraphText(p) == "一、设立首席质量官岗位")));
        Assert.Equal("楷体_GB2312", RunFont(Paragraph(p => TestDocx.ParagraphText(p) == "（一）工作职责")));
        Assert.Equal("仿宋_GB2312", RunFont(Paragraph(p => TestDocx.ParagraphText(p).StartsWith("1. 各部门", StringComparison.Ordinal))));
    }

    [Fact]
    public void Attachment_signature_and_date_follow_the_text()
    {
        var texts = _body.Elements<Paragraph>().Select(TestDocx.ParagraphText).ToList();
        var attachment = texts.IndexOf("附件：1. 首席质量官岗位说明书");
        Assert.True(attachment > 0);
        Assert.Equal("2. 首席质量官聘书", texts[attachment + 1]);
        Assert.Equal("华东精密机械股份有限公司", texts[attachment + 2]);
        Assert.Matches(new Regex(@"^\d{4}年[1-9]\d?月[1-9]\d?日$"), texts[attachment + 3]);
    }

    [Fact]
    public void Tail_sits_between_rules_in_4_hao_at_the_foot_of_the_text_block()
    {
        var tail = _body.Elements<Table>().Single();
        var position = tail.GetFirstChild<TableProperties>()!.TablePositionProperties!;
        Assert.Equal(VerticalAnchorValues.Margin, position.VerticalAnchor!.Value);
        Assert.Equal(VerticalAlignmentValues.Bottom, position.TablePositionYAlignment!.Value);
        var borders = tail.GetFirstChild<TableProperties>()!.TableBorders!;
        Assert.Equal(BorderValues.Single, borders.TopBorder!.Val!.Value);
        Assert.Equal(BorderValues.Single, borders.BottomBorder!.Val!.Value);
        Assert.Equal(BorderValues.Single, borders.InsideHorizontalBorder!.Val!.Value);
        var rows = tail.Elements<TableRow>().Select(r => string.Concat(r.Descendants<Text>().Select(t => t.Text))).ToList();
        Assert.Equal(["抄送：清远市市场监督管理局，公司董事会、监事会。", "华东精密机械股份有限公司办公室2024年3月1日印发"], rows);
        Assert.All(tail.Descendants<Run>(), r => Assert.Equal("28", r.RunProperties!.FontSize!.Val!.Value));
    }

    [Fact]
    public void Page_numbers_are_a_PAGE_field_between_dashes_right_on_odd_and_left_on_even_pages()
    {
        Assert.NotNull(_document.MainDocumentPart!.DocumentSettingsPart!.Settings.GetFirstChild<EvenAndOddHeaders>());
        var main = _document.MainDocumentPart;
        foreach (var reference in Section.Elements<FooterReference>())
        {
            var footer = ((FooterPart)main.GetPartById(reference.Id!.Value!)).Footer!;
            var paragraph = footer.Elements<Paragraph>().Single();
            Assert.Contains("PAGE", string.Concat(paragraph.Descendants<FieldCode>().Select(f => f.Text)));
            Assert.Matches(new Regex("^— 1 —$"), TestDocx.ParagraphText(paragraph));
            Assert.All(paragraph.Descendants<Run>(), r =>
            {
                Assert.Equal("宋体", r.RunProperties!.RunFonts!.Ascii!.Value);
                Assert.Equal("28", r.RunProperties.FontSize!.Val!.Value);
            });
            var even = reference.Type!.Value == HeaderFooterValues.Even;
            var properties = paragraph.ParagraphProperties!;
            Assert.Equal(even ? JustificationValues.Left : JustificationValues.Right, properties.Justification!.Val!.Value);
            Assert.Equal("280", even ? properties.Indentation!.Left!.Value : properties.Indentation!.Right!.Value);
        }
        Assert.Equal(2, Section.Elements<FooterReference>().Count());
    }

    private Paragraph Paragraph(Func<Paragraph, bool> match) => _body.Descendants<Paragraph>().First(match);

    private static string RunFont(Paragraph p) => p.Descendants<Run>().First().RunProperties!.RunFonts!.EastAsia!.Value!;

    private Style Style(Paragraph p) => Style(p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!);

    private Style Style(string id) =>
        _document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);
}
