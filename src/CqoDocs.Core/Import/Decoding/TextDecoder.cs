using System.Text;
using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Decoding;

/// <summary>
/// Decode: bytes → text. A byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32); otherwise strict UTF-8,
/// then the charset an HTML page declares (GBK family or Big5), then strict GB18030. Binary files, empty
/// files and text that decodes badly are rejected with a reason a user can act on.
/// </summary>
internal sealed partial class TextDecoder : IImportStep
{
    private const int GbCodePage = 54936;
    private const int Big5CodePage = 950;

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredCharset();

    [GeneratedRegex(@"^\s*<(?:!doctype\s+html|html|head|body|meta|div|p|table|title)[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();

    public void Run(ImportDraft draft)
    {
        var bytes = draft.Bytes;
        if (bytes.Length == 0) throw draft.Fail("文件为空");
        var text = Decode(draft, bytes);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (string.IsNullOrWhiteSpace(text)) throw draft.Fail("文件为空");
        RejectGarbled(draft, text);
        if (!draft.IsHtml && HtmlStart().IsMatch(text.AsSpan(0, Math.Min(text.Length, 512)).ToString())) draft.IsHtml = true;
        draft.Text = text;
    }

    private static string Decode(ImportDraft draft, byte[] bytes)
    {
        var encoding = Detect(bytes, draft.Source, draft.IsHtml, out var cut);
        var preamble = encoding.Preamble.Length;
        if (preamble > 0) return Strict(draft, encoding, bytes, preamble, Name(encoding));
        return encoding.GetString(bytes, 0, bytes.Length - cut);
    }

    /// <summary>
    /// How a text that starts with <paramref name="head"/> is encoded, by the rules import decodes with, for a
    /// reader that streams a file block by block (cqodocs segment --input). <paramref name="head"/> is the
    /// file's first block or all of it. Encodings found by a byte-order mark carry it as their preamble.
    /// </summary>
    public static Encoding Detect(byte[] head, string source) => Detect(head, source, html: false, out _);

    /// <param name="cut">Bytes of a character cut off at the end that UTF-8 leaves out.</param>
    private static Encoding Detect(byte[] bytes, string source, bool html, out int cut)
    {
        cut = 0;
        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF)) return new UTF8Encoding(true, true);
        if (StartsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) return new UTF32Encoding(false, true, true);
        if (StartsWith(bytes, 0xFF, 0xFE)) return new UnicodeEncoding(false, true, true);
        if (StartsWith(bytes, 0xFE, 0xFF)) return new UnicodeEncoding(true, true, true);
        RejectBinary(source, bytes);

        var utf8 = new UTF8Encoding(false, true);
        if (TryStrict(utf8, bytes, out _)) return utf8;
        // A file cut in the middle of its last character is still UTF-8.
        for (cut = 1; cut <= 3 && cut < bytes.Length; cut++)
        {
            if (bytes[^cut] >= 0x80 && TryStrict(utf8, bytes[..^cut], out var truncated) && ChineseText.CountHan(truncated) > 0)
                return utf8;
        }
        cut = 0;
        var declared = html || LooksLikeMarkup(bytes) ? Declared(bytes) : null;
        if (declared == Big5CodePage && TryStrict(Strict(Big5CodePage), bytes, out _)) return Strict(Big5CodePage);
        if (TryStrict(Strict(GbCodePage), bytes, out _) && MostlyCommonGbCharacters(bytes)) return Strict(GbCodePage);
        throw new CqoDocsException("无法识别文件编码（支持 UTF-8、UTF-16、GB18030/GBK），文件可能已损坏", source);
    }

    private static string Name(Encoding encoding) => encoding switch
    {
        UTF8Encoding => "UTF-8",
        UTF32Encoding => "UTF-32",
        _ => "UTF-16",
    };

    private static Encoding Strict(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static string Strict(ImportDraft draft, Encoding encoding, byte[] bytes, int skip, string name)
    {
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException)
        {
            throw draft.Fail($"文件标明为 {name} 编码，但内容不是有效的 {name} 文本");
        }
    }

    private static bool TryStrict(Encoding encoding, byte[] bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>NUL bytes, many control bytes or a known binary signature: not a text file.</summary>
    private static void RejectBinary(string source, byte[] bytes)
    {
        if (StartsWith(bytes, (byte)'%', (byte)'P', (byte)'D', (byte)'F')) throw new CqoDocsException("这是 PDF 文件，只能导入 .txt 或 .html 文本", source);
        if (StartsWith(bytes, (byte)'P', (byte)'K', 3, 4)) throw new CqoDocsException("这是压缩包或 Office 文档，只能导入 .txt 或 .html 文本", source);
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 64 * 1024));
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) throw new CqoDocsException("不是文本文件（含二进制内容）", source);
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B)) control++;
        }
        if (control > sample.Length / 100) throw new CqoDocsException("不是文本文件（含二进制内容）", source);
    }

    /// <summary>
    /// GB18030 decodes most byte soup without error, so also ask the bytes to look like Chinese: in a real
    /// GBK/GB18030 text most two-byte characters lie in the GB2312 Han block (lead B0–F7, trail A1–FE), while
    /// Traditional text in GBK still keeps well over half of them there.
    /// </summary>
    private static bool MostlyCommonGbCharacters(byte[] bytes)
    {
        int pairs = 0, common = 0;
        for (var i = 0; i < bytes.Length - 1; i++)
        {
            var lead = bytes[i];
            if (lead < 0x81 || lead == 0xFF) continue;
            var trail = bytes[i + 1];
            if (trail is >= 0x30 and <= 0x39)
            {
                i += 3; // four-byte sequence
                pairs++;
                continue;
            }
            pairs++;
            if (lead is >= 0xA1 and <= 0xF7 && trail >= 0xA1) common++;
            i++;
        }
        return pairs == 0 || common * 2 >= pairs;
    }

    /// <summary>Replacement characters or private-use characters in quantity mean an earlier tool already garbled the text.</summary>
    private static void RejectGarbled(ImportDraft draft, string text)
    {
        int nonAscii = 0, bad = 0;
        foreach (var c in text)
        {
            if (c < 0x80) continue;
            nonAscii++;
            if (c == '\uFFFD' || c is >= '\uE000' and <= '\uF8FF') bad++;
        }
        if (bad > 3 && bad * 50 > nonAscii) throw draft.Fail("文本含大量乱码字符，编码可能已损坏");
        var controls = text.Count(c => c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f'));
        if (controls > text.Length / 100 + 2) throw draft.Fail("不是文本文件（含控制字符）");
    }

    private static bool LooksLikeMarkup(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 512));
        return HtmlStart().IsMatch(head);
    }

    private static int? Declared(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var m = DeclaredCharset().Match(head);
        if (!m.Success) return null;
        return m.Groups[1].Value.ToLowerInvariant() switch
        {
            "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "euc-cn" => GbCodePage,
            "big5" or "big5-hkscs" or "cp950" => Big5CodePage,
            _ => null,
        };
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix) =>
        bytes.Length >= prefix.Length && bytes.AsSpan(0, prefix.Length).SequenceEqual(prefix);
}
