using System.Globalization;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// Writes tokens to a <see cref="TextWriter"/> in one of the <see cref="TokenOutputFormat"/>s, through its
/// own buffer (one write per few thousand tokens, none per token). Lines end with LF on every platform, as
/// the golden files do. Call <see cref="Complete"/> once at the end.
/// </summary>
internal sealed class TokenWriter : ITokenChunkHandler
{
    private const int FlushThreshold = 32 * 1024;

    private readonly TextWriter _output;
    private readonly TokenOutputFormat _format;
    private char[] _buffer = new char[FlushThreshold * 2];
    private int _length;
    private bool _anyToken;

    public TokenWriter(TextWriter output, TokenOutputFormat format)
    {
        _output = output;
        _format = format;
        if (format == TokenOutputFormat.Json) Append("[");
    }

    public void Handle(ReadOnlySpan<char> text, ReadOnlySpan<TokenRange> tokens, long offset)
    {
        foreach (var token in tokens)
        {
            var word = text[token.Start..token.End];
            switch (_format)
            {
                case TokenOutputFormat.Text:
                    if (IsWhitespace(word)) continue;
                    Append(word);
                    Append("\n");
                    break;
                case TokenOutputFormat.JsonLines:
                    AppendJsonString(word);
                    Append("\n");
                    break;
                default:
                    Append(_anyToken ? ",\n{\"text\": " : "\n{\"text\": ");
                    AppendJsonString(word);
                    Append(", \"start\": ");
                    AppendNumber(offset + token.Start);
                    Append(", \"end\": ");
                    AppendNumber(offset + token.End);
                    Append("}");
                    break;
            }
            _anyToken = true;
            if (_length >= FlushThreshold) Flush();
        }
    }

    public void Complete()
    {
        if (_format == TokenOutputFormat.Json) Append(_anyToken ? "\n]\n" : "]\n");
        Flush();
        _output.Flush();
    }

    /// <summary>Whitespace tokens are a single whitespace character or CR LF (tokens never mix them with words).</summary>
    private static bool IsWhitespace(ReadOnlySpan<char> word) => JiebaCharClasses.IsPythonWhitespace(word[0]);

    /// <summary>
    /// Python's escaping with <c>ensure_ascii=False</c>: quote, backslash and the control characters below
    /// U+0020 are escaped (the usual short forms, else <c>\u00XX</c> in lowercase); everything else, U+2028
    /// and DEL included, is written as it is.
    /// </summary>
    private void AppendJsonString(ReadOnlySpan<char> value)
    {
        Append("\"");
        var runStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c != '"' && c != '\\') continue;
            Append(value[runStart..i]);
            Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ => $"\\u{(int)c:x4}",
            });
            runStart = i + 1;
        }
        Append(value[runStart..]);
        Append("\"");
    }

    private void AppendNumber(long value)
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        Append(digits[..written]);
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + text.Length));
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    private void Flush()
    {
        if (_length == 0) return;
        _output.Write(_buffer, 0, _length);
        _length = 0;
    }
}
