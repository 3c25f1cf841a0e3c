using System.CommandLine;
using System.Text;
using CqoDocs.Core;
using CqoDocs.Core.Import.Decoding;
using CqoDocs.Search.Normalisation;
using CqoDocs.Search.Segmentation;

namespace CqoDocs.Cli.Commands;

/// <summary>
/// <c>cqodocs segment</c>: cuts Chinese text into words as the index does (jieba 0.42.1). Reads TEXT, a
/// file or standard input, in pieces, so a file of any size runs in the same memory.
/// </summary>
internal static class SegmentCommand
{
    /// <summary>
    /// Invalid bytes are an error, not U+FFFD; a byte order mark is kept as the character U+FEFF, as Python's
    /// <c>open(path, encoding="utf-8")</c> keeps it, so the tokens equal what jieba gives for the same file.
    /// </summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>How much of a file decides its encoding: enough Chinese text to tell GBK from UTF-8.</summary>
    private const int SniffBytes = 64 * 1024;

    /// <param name="standardInput">Where text comes from when neither TEXT nor --input is given; tests pass their own.</param>
    public static Command Create(CliContext context, Func<TextReader>? standardInput = null)
    {
        var text = new Argument<string?>("TEXT")
        {
            Description = "要分词的文本；省略时读取 --input 指定的文件或标准输入",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var input = new Option<string?>("--input", "-i") { Description = "从文本文件读取（UTF-8、UTF-16 或 GB18030/GBK，与 import 相同；任意大小，分块处理）", HelpName = "FILE" };
        var mode = new Option<string>("--mode", "-m")
        {
            Description = "precise：精确模式（jieba.cut）；search：搜索引擎模式，另输出长词中的二字、三字词（jieba.cut_for_search）",
            DefaultValueFactory = _ => "precise",
        };
        mode.AcceptOnlyFromAmong("precise", "search");
        var noHmm = new Option<bool>("--no-hmm") { Description = "不用 HMM 识别词典外的新词" };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text：每行一词（不输出空白）；jsonl：每行一个 JSON 字符串（与 Python jieba 的 json.dumps 逐字节一致，含空白）；json：带偏移量的 JSON 数组（UTF-16 码元）",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "jsonl", "json");
        var userDictionaries = new Option<string[]>("--user-dict")
        {
            Description = "用户词典（jieba 格式：每行“词语 [词频] [词性]”），可重复指定",
            HelpName = "FILE",
        };
        var domain = new Option<bool>("--domain") { Description = "加入内置的质量管理与公文术语词表（首席质量官、一票否决、发文字号等）" };
        var traditional = new Option<bool>("--traditional", "-t") { Description = "先将繁体字转换为简体再分词；输出仍为原文字符，偏移量不变" };

        var command = new Command("segment", "中文分词（jieba 0.42.1 算法与词典；词典与 HMM 参数来自 jieba，MIT 许可）")
        {
            text, input, mode, noHmm, format, userDictionaries, domain, traditional,
        };
        command.SetAction(parseResult => context.Guard(() =>
        {
            var literal = parseResult.GetValue(text);
            var path = parseResult.GetValue(input);
            if (literal is not null && path is not null)
            {
                throw new CqoDocsException("TEXT 与 --input 只能指定其一");
            }
            var segmenter = BuildSegmenter(context, parseResult.GetValue(userDictionaries) ?? [], parseResult.GetValue(domain));
            var writer = new TokenWriter(context.Out, ParseFormat(parseResult.GetValue(format)!));
            var segmentMode = parseResult.GetValue(mode) == "search" ? SegmentMode.Search : SegmentMode.Precise;
            TextReaderSegmenter.Normaliser? normalise = parseResult.GetValue(traditional) ? ScriptNormaliser.ToSimplified : null;

            var inputName = path ?? "<stdin>";
            using (var reader = literal is not null ? new StringReader(literal) : path is not null ? OpenFile(context, path) : (standardInput ?? OpenStandardInput)())
            {
                try
                {
                    TextReaderSegmenter.Segment(segmenter, reader, writer, segmentMode, !parseResult.GetValue(noHmm), normalise);
                }
                catch (DecoderFallbackException)
                {
                    throw new CqoDocsException(path is null ? "标准输入不是有效的 UTF-8 文本（其他编码请用 --input 读取文件）" : "文件中途出现无效的字节，编码与开头不一致，文件可能已损坏", inputName);
                }
                catch (IOException e)
                {
                    throw new CqoDocsException($"读取失败：{e.Message}", inputName, inner: e);
                }
            }
            writer.Complete();
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Segmenter BuildSegmenter(CliContext context, IReadOnlyList<string> userDictionaries, bool domain)
    {
        if (userDictionaries.Count == 0 && !domain) return Segmenter.Default;
        var builder = new SegmenterBuilder();
        if (domain) builder.AddDomainLexicon();
        foreach (var path in userDictionaries)
        {
            using var reader = OpenFile(context, path);
            try
            {
                builder.AddUserDictionary(reader, path);
            }
            catch (DecoderFallbackException)
            {
                throw new CqoDocsException("用户词典中途出现无效的字节，编码与开头不一致", path);
            }
        }
        return builder.Build();
    }

    private static TokenOutputFormat ParseFormat(string format) => format switch
    {
        "jsonl" => TokenOutputFormat.JsonLines,
        "json" => TokenOutputFormat.Json,
        _ => TokenOutputFormat.Text,
    };

    /// <summary>A text file in the encoding import would read it in, decoded as it is read.</summary>
    private static StreamReader OpenFile(CliContext context, string path)
    {
        FileStream? stream = null;
        try
        {
            stream = File.OpenRead(context.ResolvePath(path));
            var head = new byte[Math.Min(SniffBytes, stream.Length)];
            stream.ReadExactly(head);
            stream.Position = 0;
            if (head.Length == 0) return new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false);
            var encoding = TextDecoder.Detect(head, path);
            return new StreamReader(stream, encoding is UTF8Encoding ? StrictUtf8 : encoding, detectEncodingFromByteOrderMarks: false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CqoDocsException("找不到文件", path);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException or ArgumentException or NotSupportedException)
        {
            stream?.Dispose();
            throw new CqoDocsException($"无法读取文件：{e.Message}", path, inner: e);
        }
        catch (CqoDocsException)
        {
            stream?.Dispose();
            throw;
        }
    }

    private static TextReader OpenStandardInput() =>
        new StreamReader(Console.OpenStandardInput(), StrictUtf8, detectEncodingFromByteOrderMarks: false);
}
