using System.Globalization;
using System.Text;
using CqoDocs.Core.Model;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CqoDocs.Core.Corpus;

/// <summary>
/// The corpus file format: YAML front matter with the metadata, the title as "# …", then one heading per
/// unit ("## 第五条" at depth 1, "### 三（二） 首席质量官任职条件" at depth 2: the label, then the unit's own
/// heading if it has one), an HTML comment with its topics, and its paragraphs separated by blank lines.
/// Writing what was read gives the same file.
/// </summary>
public static class CorpusMarkdown
{
    private const string TopicsPrefix = "<!-- topics:";
    private const string TopicsSuffix = "-->";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithIndentedSequences()
        .Build();

    private static readonly IDeserializer YamlReader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static string Write(Document document)
    {
        var sb = new StringBuilder();
        sb.Append("---\n").Append(Yaml.Serialize(FrontMatter.From(document)).ReplaceLineEndings("\n")).Append("---\n\n");
        sb.Append("# ").Append(OneLine(document.Title)).Append("\n");
        foreach (var unit in document.Units)
        {
            sb.Append('\n').Append(unit.Depth >= 2 ? "### " : "## ").Append(unit.Label);
            if (!string.IsNullOrWhiteSpace(unit.Heading)) sb.Append(' ').Append(OneLine(unit.Heading));
            sb.Append('\n');
            if (unit.Topics.Count > 0)
            {
                sb.Append('\n').Append(TopicsPrefix).Append(' ').Append(string.Join(", ", unit.Topics)).Append(' ').Append(TopicsSuffix).Append('\n');
            }
            foreach (var paragraph in Paragraphs(unit.Text))
            {
                sb.Append('\n').Append(Escape(paragraph)).Append('\n');
            }
        }
        return sb.ToString();
    }

    /// <summary>Reads one corpus file; <paramref name="fileName"/> names it in errors and supplies a missing id.</summary>
    public static Document Read(string markdown, string fileName)
    {
        var source = markdown.ReplaceLineEndings("\n");
        var parsed = Markdown.Parse(source, Pipeline);
        var front = parsed.Descendants<YamlFrontMatterBlock>().FirstOrDefault()
            ?? throw new CqoDocsException("缺少 YAML 文件头（以 --- 开始和结束的元数据）", fileName, 1);
        var meta = ReadFrontMatter(front, fileName);

        var units = new List<Unit>();
        UnitDraft? current = null;
        foreach (var block in parsed)
        {
            var line = block.Line + 1;
            switch (block)
            {
                case YamlFrontMatterBlock:
                    continue;
                case HeadingBlock { Level: 1 }:
                    continue;
                case HeadingBlock heading when heading.Level is 2 or 3:
                    if (current is not null) units.Add(current.ToUnit());
                    current = UnitDraft.FromHeading(HeadingText(source, heading), heading.Level - 1, fileName, line);
                    if (units.Any(u => u.Label == current.Label))
                        throw new CqoDocsException($"条目标签“{current.Label}”重复", fileName, line);
                    continue;
                case HeadingBlock other:
                    throw new CqoDocsException($"标题级别 {other.Level} 不受支持：条目用 ## 或 ###", fileName, line);
            }
            var raw = source.Substring(block.Span.Start, block.Span.Length).Trim();
            if (current is null)
                throw new CqoDocsException("正文出现在第一个条目标题（## …）之前", fileName, line);
            if (raw.StartsWith(TopicsPrefix, StringComparison.Ordinal) && raw.EndsWith(TopicsSuffix, StringComparison.Ordinal))
            {
                current.Topics.AddRange(ParseTopics(raw, fileName, line));
                continue;
            }
            current.Paragraphs.Add(Unescape(string.Concat(raw.Split('\n').Select(l => l.Trim()))));
        }
        if (current is not null) units.Add(current.ToUnit());

        return new Document
        {
            Id = string.IsNullOrWhiteSpace(meta.Id) ? Path.GetFileNameWithoutExtension(fileName) : meta.Id.Trim(),
            Title = !string.IsNullOrWhiteSpace(meta.Title) ? meta.Title.Trim()
                : throw new CqoDocsException("缺少标题", fileName, field: "title"),
            Authority = Blank(meta.Authority),
            DocNumber = Blank(meta.DocNumber),
            Date = ParseDate(meta.Date, fileName, "date"),
            Published = ParseDate(meta.Published, fileName, "published"),
            Effective = ParseDate(meta.Effective, fileName, "effective"),
            Region = new Region(Blank(meta.Region?.Province), Blank(meta.Region?.City), Blank(meta.Region?.District)),
            Kind = ModelKeys.TryParseKind(meta.Kind, out var kind) ? kind
                : throw new CqoDocsException($"未知的文件类型“{meta.Kind}”（可用：notice, opinion, measures, plan, standard, news）", fileName, field: "kind"),
            Script = meta.Script is null ? Script.Simplified
                : ModelKeys.TryParseScript(meta.Script, out var script) ? script
                : throw new CqoDocsException($"未知的字体“{meta.Script}”（可用：simplified, traditional）", fileName, field: "script"),
            Source = Blank(meta.Source),
            Units = units,
        };
    }

    /// <summary>A unit's text as the corpus stores it: trimmed, non-empty paragraphs.</summary>
    public static IEnumerable<string> Paragraphs(string text) =>
        text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0);

    private static FrontMatter ReadFrontMatter(YamlFrontMatterBlock block, string fileName)
    {
        var yaml = string.Join("\n", block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()));
        try
        {
            return YamlReader.Deserialize<FrontMatter>(yaml) ?? new FrontMatter();
        }
        catch (YamlException e)
        {
            // The front matter starts on the file's second line (after the opening ---).
            var line = (int)e.Start.Line + 1;
            throw new CqoDocsException($"YAML 文件头有误：{FirstLine(e.InnerException?.Message ?? e.Message)}", fileName, line);
        }
    }

    private static IEnumerable<string> ParseTopics(string raw, string fileName, int line)
    {
        var list = raw[TopicsPrefix.Length..^TopicsSuffix.Length];
        foreach (var item in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return Topic.Resolve(item)
                ?? throw new CqoDocsException($"未知的主题“{item}”（可用：{string.Join(", ", Topic.All)}）", fileName, line, "topics");
        }
    }

    private static string HeadingText(string source, HeadingBlock heading)
    {
        var raw = source.Substring(heading.Span.Start, heading.Span.Length).Trim();
        return raw.TrimStart('#').Trim();
    }

    private static DateOnly? ParseDate(string? value, string fileName, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        throw new CqoDocsException($"日期“{value}”应写作 YYYY-MM-DD", fileName, field: field);
    }

    // A paragraph that Markdown would read as something else (a heading, an HTML block, a rule) gets a
    // leading backslash, which Read removes again.
    private static string Escape(string paragraph) =>
        NeedsEscape(paragraph) ? "\\" + paragraph : paragraph;

    private static string Unescape(string paragraph) =>
        paragraph.Length > 1 && paragraph[0] == '\\' && NeedsEscape(paragraph[1..]) ? paragraph[1..] : paragraph;

    private static bool NeedsEscape(string p) =>
        p[0] is '#' or '<' or '\\' || (p.Length >= 3 && p.All(c => c is '-' or '*' or '_' or '=' or ' ') && p.Distinct().Count(c => c != ' ') == 1);

    private static string OneLine(string text) => string.Join(" ", text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();

    private sealed class UnitDraft
    {
        public required string Label { get; init; }
        public string? Heading { get; init; }
        public int Depth { get; init; }
        public List<string> Topics { get; } = [];
        public List<string> Paragraphs { get; } = [];

        public static UnitDraft FromHeading(string text, int depth, string fileName, int line)
        {
            if (text.Length == 0) throw new CqoDocsException("条目标题缺少标签", fileName, line);
            var space = text.IndexOfAny([' ', '\t']);
            return new UnitDraft
            {
                Label = space < 0 ? text : text[..space],
                Heading = space < 0 ? null : Blank(text[(space + 1)..]),
                Depth = depth,
            };
        }

        public Unit ToUnit() => new(Label, Heading, string.Join("\n", Paragraphs), Topics.Distinct().ToList(), Depth);
    }
}
