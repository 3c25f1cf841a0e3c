using System.Text;
using CqoDocs.Core.Import;
using CqoDocs.Core.Import.Decoding;

namespace CqoDocs.Core.Tests.Import;

public class TextDecoderTests
{
    private const string Notice = "清远市企業首席质量官管理办法（试行）\n第一条 为落实企业质量主体责任，制定本办法。";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Decode(byte[] bytes, string name = "a.txt")
    {
        var draft = new ImportDraft(name, bytes, ImportPipeline.IsHtmlName(name));
        new TextDecoder().Run(draft);
        return draft.Text;
    }

    private static CqoDocsException Rejected(byte[] bytes, string name = "a.txt") =>
        Assert.Throws<CqoDocsException>(() => Decode(bytes, name));

    public static TheoryData<string> Encodings() => ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "gb18030", "gbk"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Text_in_every_supported_encoding_decodes_to_the_same_characters(string encoding)
    {
        byte[] bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Notice),
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Notice)],
            "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Notice)],
            "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Notice)],
            "gb18030" => Encoding.GetEncoding(54936).GetBytes(Notice),
            _ => Encoding.GetEncoding(936).GetBytes(Notice),
        };

        Assert.Equal(Notice, Decode(bytes));
    }

    [Fact]
    public void An_html_page_declaring_big5_is_read_as_big5()
    {
        var page = "<html><head><meta charset=\"big5\"></head><body><p>珠海市企業首席質量官評價辦法</p></body></html>";
        var bytes = Encoding.GetEncoding(950).GetBytes(page);

        Assert.Contains("珠海市企業首席質量官評價辦法", Decode(bytes, "page.html"));
    }

    [Fact]
    public void An_empty_file_is_rejected_as_empty()
    {
        Assert.Equal("文件为空", Rejected([]).Message);
        Assert.Equal("文件为空", Rejected(Encoding.UTF8.GetBytes(" \r\n\t\r\n")).Message);
        Assert.Equal("文件为空", Rejected([0xEF, 0xBB, 0xBF]).Message);
    }

    [Fact]
    public void A_binary_file_is_rejected_with_the_file_named()
    {
        var e = Rejected(Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray(), "image.txt");

        Assert.Contains("二进制", e.Message);
        Assert.Equal("image.txt", e.File);
    }

    [Fact]
    public void Pdf_and_office_files_are_named_for_what_they_are()
    {
        Assert.Contains("PDF", Rejected(Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj")).Message);
        Assert.Contains("Office", Rejected([(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0]).Message);
    }

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_gb18030_are_rejected_as_undecodable()
    {
        var latin1 = Encoding.Latin1.GetBytes("Café crème brûlée, naïve façade résumé à la carte");

        Assert.Contains("无法识别文件编码", Rejected(latin1).Message);
    }

    [Fact]
    public void A_bom_that_lies_about_the_encoding_is_rejected()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0xC7, 0xE5, 0xD4, 0xB6, 0xCA, 0xD0]; // a UTF-8 mark on GBK bytes

        Assert.Contains("UTF-8", Rejected(bytes).Message);
    }

    [Fact]
    public void Text_already_garbled_into_replacement_characters_is_rejected()
    {
        var garbled = "首席质量官" + new string('\uFFFD', 40) + "制度";

        Assert.Contains("乱码", Rejected(Encoding.UTF8.GetBytes(garbled)).Message);
    }

    [Fact]
    public void A_text_file_that_holds_html_is_read_as_html()
    {
        var draft = new ImportDraft("page.txt", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><p>首席质量官</p></body></html>"), false);

        new TextDecoder().Run(draft);

        Assert.True(draft.IsHtml);
    }

    [Fact]
    public void A_utf8_file_cut_inside_its_last_character_still_decodes()
    {
        var bytes = Encoding.UTF8.GetBytes(Notice);

        Assert.Equal(Notice[..^1], Decode(bytes[..^1]));
    }
}
