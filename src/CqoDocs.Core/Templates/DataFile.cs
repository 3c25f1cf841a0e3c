using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CqoDocs.Core.Templates;

/// <summary>
/// Reads template data from YAML or JSON into plain values: maps (string keys), lists, strings, true/false
/// and null. YAML scalars stay text (so 0086 keeps its zeros) except unquoted true/false and empty/~/null.
/// A file whose top level is a list holds one document's data per item.
/// </summary>
internal static class DataFile
{
    /// <summary>The entries of a data file and whether it held a list (one document per entry) rather than one map.</summary>
    public sealed record Contents(IReadOnlyList<IReadOnlyDictionary<string, object?>> Entries, bool IsList);

    /// <summary>Reads a .json file as JSON and anything else as YAML (which also reads most JSON).</summary>
    public static Contents Load(string path)
    {
        string text;
        try
        {
            if (new FileInfo(path).Length > MaxFileBytes) throw new CqoDocsException($"数据文件超过 {MaxFileBytes / 1024 / 1024} MB，不像是数据文件", file: path);
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CqoDocsException($"读不了数据文件：{e.Message}", file: path, inner: e);
        }
        return Parse(text, path);
    }

    /// <summary>Data already read (an upload): JSON when <paramref name="name"/> ends in .json, else YAML.</summary>
    public static Contents Parse(string text, string name)
    {
        var root = Path.GetExtension(name).Equals(".json", StringComparison.OrdinalIgnoreCase) ? ParseJson(text, name) : ParseYaml(text, name);
        return new Contents(Entries(root, name), root is IReadOnlyList<object?>);
    }

    /// <summary>One map is one document; a list of maps is one document per item.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Entries(object? root, string source)
    {
        switch (root)
        {
            case IReadOnlyDictionary<string, object?> map:
                return [map];
            case IReadOnlyList<object?> list when list.Count > 0:
                var entries = new List<IReadOnlyDictionary<string, object?>>();
                for (var i = 0; i < list.Count; i++)
                {
                    entries.Add(list[i] as IReadOnlyDictionary<string, object?>
                        ?? throw new CqoDocsException($"第 {i + 1} 项不是“字段: 值”的集合", file: source));
                }
                return entries;
            default:
                throw new CqoDocsException("数据应当是“字段: 值”的集合，或者由这样的集合组成的列表（每项生成一份文档）", file: source);
        }
    }

    /// <summary>Values one data file may hold, counting each use of an alias (*名) as a copy of what it names.</summary>
    public const int MaxValues = 1_000_000;
    public const int MaxDepth = 64;
    public const long MaxFileBytes = 32L * 1024 * 1024;

    /// <summary>
    /// Reads YAML event by event, so that aliases are bounded: an alias that names its own enclosing value
    /// (a: &amp;a [*a]) is refused, and every alias counts the values it stands for, so a few hundred bytes
    /// of nested aliases ("billion laughs") cannot stand for billions of values. Nesting is bounded too.
    /// </summary>
    public static object? ParseYaml(string text, string source)
    {
        var reader = new YamlReader(new Parser(new StringReader(text)), source);
        try
        {
            return reader.ReadDocument();
        }
        catch (YamlException e)
        {
            var detail = (e.InnerException as YamlException ?? e).Message;
            var colon = detail.IndexOf("): ", StringComparison.Ordinal);
            if (detail.StartsWith("(Line", StringComparison.Ordinal) && colon > 0) detail = detail[(colon + 3)..];
            throw new CqoDocsException($"YAML 语法错误：{detail}", file: source, line: (int)e.Start.Line, inner: e);
        }
    }

    private sealed class YamlReader(IParser parser, string source)
    {
        private readonly Dictionary<string, (object? Value, long Size)> _anchors = new(StringComparer.Ordinal);
        private readonly HashSet<string> _open = new(StringComparer.Ordinal);
        private long _values;

        public object? ReadDocument()
        {
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _)) throw new CqoDocsException("数据文件是空的", file: source);
            var (root, _) = Read(0);
            return root;
        }

        private (object? Value, long Size) Read(int depth)
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                if (_open.Contains(alias.Value.Value)) throw Fault(alias, $"别名 *{alias.Value} 引用了包含它自己的内容（循环引用）");
                if (!_anchors.TryGetValue(alias.Value.Value, out var named)) throw Fault(alias, $"别名 *{alias.Value} 没有对应的锚点 &{alias.Value}");
                Count(named.Size, alias);
                return named;
            }
            if (depth > MaxDepth) throw Fault(parser.Current!, $"嵌套超过 {MaxDepth} 层");
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                Count(1, scalar);
                var value = ScalarValue(scalar);
                if (!scalar.Anchor.IsEmpty) _anchors[scalar.Anchor.Value] = (value, 1);
                return (value, 1);
            }
            if (parser.TryConsume<SequenceStart>(out var sequence))
            {
                Open(sequence.Anchor);
                var list = new List<object?>();
                long size = 1;
                Count(1, sequence);
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    var (item, itemSize) = Read(depth + 1);
                    list.Add(item);
                    size += itemSize;
                }
                return Close(sequence.Anchor, list, size);
            }
            if (parser.TryConsume<MappingStart>(out var mapping))
            {
                Open(mapping.Anchor);
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                long size = 1;
                Count(1, mapping);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyEvent = parser.Current!;
                    var (key, keySize) = Read(depth + 1);
                    if (key is not string name && key is not bool) throw new CqoDocsException("字段名必须是文字", file: source, line: (int)keyEvent.Start.Line);
                    var keyText = (key is bool b ? (b ? "true" : "false") : (string)key!).Trim();
                    var (value, valueSize) = Read(depth + 1);
                    if (!map.TryAdd(keyText, value)) throw new CqoDocsException($"字段“{keyText}”写了两次", file: source, line: (int)keyEvent.Start.Line, field: keyText);
                    size += keySize + valueSize;
                }
                return Close(mapping.Anchor, map, size);
            }
            throw Fault(parser.Current!, "读不懂这里的内容");
        }

        private void Open(AnchorName anchor)
        {
            if (!anchor.IsEmpty) _open.Add(anchor.Value);
        }

        private (object? Value, long Size) Close(AnchorName anchor, object value, long size)
        {
            if (!anchor.IsEmpty)
            {
                _open.Remove(anchor.Value);
                _anchors[anchor.Value] = (value, size);
            }
            return (value, size);
        }

        private void Count(long values, ParsingEvent at)
        {
            _values += values;
            if (_values > MaxValues) throw Fault(at, $"数据（连同别名 * 展开的内容）超过 {MaxValues} 个值，拒绝读取");
        }

        private CqoDocsException Fault(ParsingEvent at, string message) => new(message, file: source, line: (int)at.Start.Line);

        private static object? ScalarValue(Scalar scalar)
        {
            if (scalar.Style is not ScalarStyle.Plain) return scalar.Value ?? "";
            return scalar.Value switch
            {
                null or "" or "~" or "null" or "Null" or "NULL" => null,
                "true" or "True" or "TRUE" => true,
                "false" or "False" or "FALSE" => false,
                var s => s,
            };
        }
    }

    public static object? ParseJson(string text, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return FromJson(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new CqoDocsException($"JSON 语法错误：{e.Message}", file: source, line: (int?)e.LineNumber + 1, inner: e);
        }
    }

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ObjectFromJson(element),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.GetRawText(),
        _ => null,
    };

    private static Dictionary<string, object?> ObjectFromJson(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject()) map[property.Name.Trim()] = FromJson(property.Value);
        return map;
    }
}
