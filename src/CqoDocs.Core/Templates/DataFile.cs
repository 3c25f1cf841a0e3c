using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

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
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CqoDocsException($"读不了数据文件：{e.Message}", file: path, inner: e);
        }
        var root = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase) ? ParseJson(text, path) : ParseYaml(text, path);
        return new Contents(Entries(root, path), root is IReadOnlyList<object?>);
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

    public static object? ParseYaml(string text, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var detail = (e.InnerException as YamlException ?? e).Message;
            var colon = detail.IndexOf("): ", StringComparison.Ordinal);
            if (detail.StartsWith("(Line", StringComparison.Ordinal) && colon > 0) detail = detail[(colon + 3)..];
            throw new CqoDocsException($"YAML 语法错误：{detail}", file: source, line: (int)e.Start.Line, inner: e);
        }
        if (stream.Documents.Count == 0) throw new CqoDocsException("数据文件是空的", file: source);
        return FromYaml(stream.Documents[0].RootNode, source);
    }

    private static object? FromYaml(YamlNode node, string source)
    {
        switch (node)
        {
            case YamlMappingNode map:
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in map.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name })
                    {
                        throw new CqoDocsException("字段名必须是文字", file: source, line: (int)key.Start.Line);
                    }
                    if (!result.TryAdd(name.Trim(), FromYaml(value, source)))
                    {
                        throw new CqoDocsException($"字段“{name}”写了两次", file: source, line: (int)key.Start.Line, field: name);
                    }
                }
                return result;
            case YamlSequenceNode list:
                return list.Children.Select(c => FromYaml(c, source)).ToList();
            case YamlScalarNode scalar:
                if (scalar.Style is not ScalarStyle.Plain) return scalar.Value ?? "";
                return scalar.Value switch
                {
                    null or "" or "~" or "null" or "Null" or "NULL" => null,
                    "true" or "True" or "TRUE" => true,
                    "false" or "False" or "FALSE" => false,
                    var s => s,
                };
            default:
                return null;
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
