using System.Globalization;
using System.Text;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

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

    private static readonly MarkdownPipeline Pipeline = BlocksOnly();

    /// <summary>
    /// Only the block structure matters (text is taken from the source as written), so inline parsing is
    /// left out: it costs time and nests without bound on input such as a hundred thousand '['.
    /// </summary>
    private static MarkdownPipeline BlocksOnly()
    {
        var builder = new MarkdownPipelineBuilder().UseYamlFrontMatter();
        builder.InlineParsers.Clear();
        return builder.Build();
    }

    public static string Write(Document document)
    {
        var sb = new StringBuilder();
        sb.Append("---\n").Append(FrontMatter.From(document).ToYaml()).Append("---\n\n");
        sb.Append("# ").Append(OneLine(document.Title)).Append('\n');
        foreach (var unit in document.Units)
        {
            sb.Append('\n').Append(HeadingLine(unit)).Append('\n');
            if (unit.Topics.Count > 0)
            {
                sb.Append('\n').Append(TopicsPrefix).Append(' ').Append(string.Join(", ", unit.Topics)).Append(' ').Append(TopicsSuffix).Append('\n');
            }
            foreach (var paragraph in Paragraphs(unit.Text))
            {
                sb.Append('\n').Append(ParagraphEscape.Escape(paragraph)).Append('\n');
            }
        }
        return sb.ToString();
    }

    /// <summary>Reads one corpus file; <paramref name="fileName"/> names it in errors and supplies a missing id.</summary>
    public static Document Read(string markdown, string fileName)
    {
        var source = markdown.ReplaceLineEndings("\n");
        MarkdownDocument parsed;
        try
        {
            parsed = Markdown.Parse(source, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig's own bound on nesting (thousands of '>' or list markers): a broken file, not a crash.
            throw new CqoDocsException($"Markdown 结构嵌套过深，无法读取（{e.Message}）", fileName, inner: e);
        }
        var front = parsed.Descendants<YamlFrontMatterBlock>().FirstOrDefault()
            ?? throw new CqoDocsException("缺少 YAML 文件头（以 --- 开始和结束的元数据）", fileName, 1);
        var meta = ReadFrontMatter(front, fileName);

        var units = new List<Unit>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
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
                    if (!labels.Add(current.Label))
                        throw new CqoDocsException($"条目标签“{current.Label}”重复", fileName, line);
                    continue;
                case HeadingBlock other:
                    throw new CqoDocsException($"标题级别 {other.Level} 不受支持：条目用 ## 或 ###", fileName, line);
            }
            // Clamped: Markdig may end an unclosed block's span one past the end of the text.
            var start = Math.Clamp(block.Span.Start, 0, source.Length);
            var raw = source[start..Math.Clamp(block.Span.End + 1, start, source.Length)].Trim();
            if (current is null)
                throw new CqoDocsException("正文出现在第一个条目标题（## …）之前", fileName, line);
            if (raw.StartsWith(TopicsPrefix, StringComparison.Ordinal) && raw.EndsWith(TopicsSuffix, StringComparison.Ordinal))
            {
                current.Topics.AddRange(ParseTopics(raw, fileName, line));
                continue;
            }
            current.Paragraphs.Add(ParagraphEscape.Unescape(string.Concat(raw.Split('\n').Select(l => l.Trim()))));
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
            Validity = ReadValidity(meta.Validity, fileName),
            Units = units,
        };
    }

    private static DeclaredValidity? ReadValidity(FrontMatter.ValidityFields? fields, string fileName)
    {
        if (fields is null) return null;
        DocumentStatus? status = null;
        if (!string.IsNullOrWhiteSpace(fields.Status))
        {
            status = DocumentStatuses.TryParse(fields.Status, out var parsed) ? parsed
                : throw new CqoDocsException($"未知的效力状态“{fields.Status}”（可用：{DocumentStatuses.AllKeys}）", fileName, field: "validity.status");
        }
        var declared = new DeclaredValidity
        {
            Status = status,
            Until = ParseDate(fields.Until, fileName, "validity.until"),
            ReplacedBy = Blank(fields.ReplacedBy),
            Note = Blank(fields.Note),
        };
        return declared.IsEmpty ? null : declared;
    }

    /// <summary>
    /// A unit's text as the corpus stores it: trimmed, non-empty paragraphs. Every character Markdig or .NET
    /// takes for a line break ends a paragraph, so a paragraph is always one line of the file.
    /// </summary>
    public static IEnumerable<string> Paragraphs(string text) =>
        text.Split(LineBreaks).Select(p => p.Trim()).Where(p => p.Length > 0);

    /// <summary>The text as <see cref="Write"/> stores it, so that reading the file back gives exactly this.</summary>
    public static string NormaliseText(string text) => string.Join("\n", Paragraphs(text));

    private static readonly char[] LineBreaks = ['\n', '\r', '\f', '\u0085', '\u2028', '\u2029'];

    private static FrontMatter ReadFrontMatter(YamlFrontMatterBlock block, string fileName) =>
        FrontMatter.Parse(block.Lines.Lines is null ? "" : string.Join("\n", block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString())), fileName);

    private static IEnumerable<string> ParseTopics(string raw, string fileName, int line)
    {
        var list = raw[TopicsPrefix.Length..^TopicsSuffix.Length];
        foreach (var item in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return Topic.Resolve(item)
                ?? throw new CqoDocsException($"未知的主题“{item}”（可用：{string.Join(", ", Topic.All)}）", fileName, line, "topics");
        }
    }

    /// <summary>
    /// The heading line after its marker, read from the source line itself (a label may start with '#').
    /// A closing run of '#' is dropped as CommonMark does; <see cref="HeadingLine"/> adds one whenever the
    /// text itself ends in '#', so such text survives.
    /// </summary>
    private static string HeadingText(string source, HeadingBlock heading)
    {
        var start = Math.Clamp(heading.Span.Start, 0, source.Length);
        var end = source.IndexOf('\n', start);
        var raw = source[start..(end < 0 ? source.Length : end)].Trim();
        var text = raw[Math.Min(raw.Length, heading.Level)..].Trim();
        var hashes = text.Length - text.TrimEnd('#').Length;
        if (hashes > 0 && (hashes == text.Length || text[^(hashes + 1)] is ' ' or '\t')) text = text[..^hashes];
        return text.Trim();
    }

    private static string HeadingLine(Unit unit)
    {
        var line = (unit.Depth >= 2 ? "### " : "## ") + unit.Label;
        if (!string.IsNullOrWhiteSpace(unit.Heading)) line += " " + OneLine(unit.Heading);
        return line.EndsWith('#') ? line + " #" : line;
    }

    private static DateOnly? ParseDate(string? value, string fileName, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (IsoDate.TryParse(value.AsSpan().Trim(), out var date)) return date;
        throw new CqoDocsException($"日期“{value}”应写作 YYYY-MM-DD", fileName, field: field);
    }

    private static string OneLine(string text) => string.Join(" ", text.Split(LineBreaks, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

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
