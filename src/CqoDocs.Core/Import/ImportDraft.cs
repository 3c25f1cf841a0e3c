using CqoDocs.Core.Model;

namespace CqoDocs.Core.Import;

/// <summary>
/// One file on its way through the pipeline: the raw bytes, then the decoded text, the cleaned lines, the
/// layout the structure steps find and the metadata read from it. Each step fills in its part.
/// </summary>
internal sealed class ImportDraft(string source, byte[] bytes, bool html)
{
    /// <summary>The file as the user named it, for messages and provenance.</summary>
    public string Source { get; } = source;
    public byte[] Bytes { get; } = bytes;
    /// <summary>Whether the file is an HTML page (by its name, or its content says so).</summary>
    public bool IsHtml { get; set; } = html;
    public string Text { get; set; } = "";
    public List<string> Lines { get; set; } = [];
    public PageInfo Page { get; } = new();
    public DocumentLayout Layout { get; } = new();

    public string? Title { get; set; }
    public string? Authority { get; set; }
    public string? DocNumber { get; set; }
    public DateOnly? Date { get; set; }
    public DateOnly? Published { get; set; }
    public DateOnly? Effective { get; set; }
    public Region Region { get; set; } = Region.None;
    public DocumentKind Kind { get; set; } = DocumentKind.Notice;
    public Script Script { get; set; } = Script.Simplified;

    public List<UnitDraft> Units => Layout.Units;

    /// <summary>What the user should check by hand (a title made up from the text …), in plain Chinese.</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Every line the document is made of, for metadata searches: head, cover, body and tail, in reading order.</summary>
    public IEnumerable<string> AllLines() =>
        Layout.Head.Concat(Layout.Cover).Concat(Layout.Subtitles).Concat(Layout.Body).Concat(Layout.Tail);

    public CqoDocsException Fail(string reason) => new(reason, Source);

    public Document ToDocument(string id) => new()
    {
        Id = id,
        Title = Title ?? "",
        Authority = Authority,
        DocNumber = DocNumber,
        Date = Date,
        Published = Published,
        Effective = Effective,
        Region = Region,
        Kind = Kind,
        Script = Script,
        Source = Path.GetFileName(Source),
        Units = Units.Select(u => u.ToUnit()).ToArray(),
    };
}
