using System.Globalization;
using System.Text;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CqoDocs.Core.Corpus;

/// <summary>The YAML front matter of a corpus file, field for field; dates as YYYY-MM-DD strings.</summary>
internal sealed class FrontMatter
{
    /// <summary>Metadata never needs more; a bigger header is not a corpus file.</summary>
    public const int MaxChars = 256 * 1024;

    private const int MaxDepth = 8;

    private static readonly IDeserializer YamlReader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Authority { get; set; }
    public string? DocNumber { get; set; }
    public string? Date { get; set; }
    public string? Published { get; set; }
    public string? Effective { get; set; }
    public RegionFields? Region { get; set; }
    public string? Kind { get; set; }
    public string? Script { get; set; }
    public string? Source { get; set; }
    public ValidityFields? Validity { get; set; }

    internal sealed class ValidityFields
    {
        public string? Status { get; set; }
        public string? Until { get; set; }
        public string? ReplacedBy { get; set; }
        public string? Note { get; set; }
    }

    internal sealed class RegionFields
    {
        public string? Province { get; set; }
        public string? City { get; set; }
        public string? District { get; set; }
    }

    /// <summary>The fields as reading gives them back: trimmed, blank ones left empty.</summary>
    public static FrontMatter From(Document d) => new()
    {
        Id = Blank(d.Id),
        Title = Blank(d.Title),
        Authority = Blank(d.Authority),
        DocNumber = Blank(d.DocNumber),
        Date = Format(d.Date),
        Published = Format(d.Published),
        Effective = Format(d.Effective),
        Region = new RegionFields { Province = Blank(d.Region.Province), City = Blank(d.Region.City), District = Blank(d.Region.District) },
        Kind = d.Kind.Key(),
        Script = d.Script.Key(),
        Source = Blank(d.Source),
        Validity = ValidityOf(d.Validity),
    };

    /// <summary>The block as reading gives it back: none when every field is blank.</summary>
    private static ValidityFields? ValidityOf(DeclaredValidity? v)
    {
        if (v is null) return null;
        var fields = new ValidityFields { Status = v.Status?.Key(), Until = Format(v.Until), ReplacedBy = Blank(v.ReplacedBy), Note = Blank(v.Note) };
        return fields is { Status: null, Until: null, ReplacedBy: null, Note: null } ? null : fields;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The fields as YAML lines, one per field, in a fixed order. Written by hand rather than by a serializer
    /// so that every value, of any length and content, is one line that reads back exactly (see <see cref="YamlScalar"/>).
    /// </summary>
    public string ToYaml()
    {
        var sb = new StringBuilder();
        void Field(string indent, string key, string? value) =>
            sb.Append(indent).Append(key).Append(": ").Append(value is null ? "" : YamlScalar.Write(value)).Append('\n');
        Field("", "id", Id);
        Field("", "title", Title);
        Field("", "authority", Authority);
        Field("", "docNumber", DocNumber);
        Field("", "date", Date);
        Field("", "published", Published);
        Field("", "effective", Effective);
        sb.Append("region:\n");
        Field("  ", "province", Region?.Province);
        Field("  ", "city", Region?.City);
        Field("  ", "district", Region?.District);
        Field("", "kind", Kind);
        Field("", "script", Script);
        Field("", "source", Source);
        // Only a file that declares a status has the block: imported files stay as they were.
        if (Validity is { } v)
        {
            sb.Append("validity:\n");
            Field("  ", "status", v.Status);
            Field("  ", "until", v.Until);
            Field("  ", "replacedBy", v.ReplacedBy);
            Field("  ", "note", v.Note);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Parses front matter; anchors, aliases, deep nesting and oversized headers are refused before YamlDotNet
    /// builds anything, so a hostile header cannot expand or recurse.
    /// </summary>
    public static FrontMatter Parse(string yaml, string fileName)
    {
        if (yaml.Length > MaxChars) throw new CqoDocsException($"YAML 文件头过长（超过 {MaxChars / 1024} KB）", fileName, 2);
        try
        {
            CheckShape(yaml, fileName);
            return YamlReader.Deserialize<FrontMatter>(yaml) ?? new FrontMatter();
        }
        catch (YamlException e)
        {
            // The front matter starts on the file's second line (after the opening ---).
            var line = (int)e.Start.Line + 1;
            throw new CqoDocsException($"YAML 文件头有误：{FirstLine(e.InnerException?.Message ?? e.Message)}", fileName, line);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidCastException or ArgumentException or OverflowException)
        {
            throw new CqoDocsException($"YAML 文件头有误：{FirstLine(e.Message)}", fileName, 2);
        }
    }

    /// <summary>A syntax error is left to the deserializer, which reports it with its place.</summary>
    private static void CheckShape(string yaml, string fileName)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (TryMoveNext(parser))
        {
            var current = parser.Current!;
            var line = (int)current.Start.Line + 1;
            switch (current)
            {
                case AnchorAlias:
                    throw new CqoDocsException("YAML 文件头不能使用别名（*）", fileName, line);
                case NodeEvent { Anchor.IsEmpty: false }:
                    throw new CqoDocsException("YAML 文件头不能使用锚点（&）", fileName, line);
            }
            if (current is MappingStart or SequenceStart && ++depth > MaxDepth)
                throw new CqoDocsException("YAML 文件头嵌套过深", fileName, line);
            if (current is MappingEnd or SequenceEnd) depth--;
        }
    }

    private static bool TryMoveNext(Parser parser)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (YamlException)
        {
            return false;
        }
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();
}
