using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace CqoDocs.Core.Templates;

/// <summary>
/// A Word template read and compiled once, then filled any number of times (safely from several threads):
/// each fill writes a new package in which only the parts that hold tags differ from the template.
/// </summary>
internal sealed class DocxTemplate
{
    private readonly TemplatePackage _package;
    private readonly IReadOnlyList<(CompiledPart Part, string Entry)> _parts;

    private readonly KeepWithSignature? _keepWithSignature;
    private NumberingTable? _numbering;

    private DocxTemplate(string name, byte[] package, Uri main, IReadOnlyList<CompiledPart> parts, string? title, string? description, KeepWithSignature? keep)
    {
        Name = name;
        _package = new TemplatePackage(package, main);
        _package.MarkAsGenerated();
        _parts = parts.Select(p => (p, _package.EntryFor(p.PartUri))).ToList();
        _keepWithSignature = keep;
        Title = title;
        Description = description;
        Outline = TemplateOutline.Of(parts.SelectMany(p => p.Nodes));
    }

    /// <summary>The name errors give for the template: a bundled name or a file name.</summary>
    public string Name { get; }
    /// <summary>The document's title and description from its properties (File → Properties in Word).</summary>
    public string? Title { get; }
    public string? Description { get; }
    /// <summary>The data the template asks for, discovered from its tags.</summary>
    public TemplateOutline Outline { get; }

    public static DocxTemplate LoadFile(string path)
    {
        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > PackageLimits.MaxPackageBytes)
            {
                throw new CqoDocsException($"模板文件太大（超过 {PackageLimits.MaxPackageBytes / 1024 / 1024} MB），不像是 Word 模板", file: path);
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CqoDocsException($"读不了模板文件：{e.Message}", file: path, inner: e);
        }
        return Load(bytes, Path.GetFileName(path));
    }

    public static DocxTemplate Load(byte[] bytes, string name)
    {
        try
        {
            PackageLimits.Check(bytes, name);
            var package = AsDocument(bytes);
            using var stream = new MemoryStream(package, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var parts = TemplateParts.Of(document, name)
                .Select(p => PartCompiler.Compile(p, name))
                .OfType<CompiledPart>()
                .ToList();
            var properties = document.PackageProperties;
            var keep = KeepWithSignature.For(document);
            var template = new DocxTemplate(name, package, document.MainDocumentPart!.Uri, parts, NullIfEmpty(properties.Title), NullIfEmpty(properties.Description), keep);
            template._numbering = NumberingTable.Of(document, template._package);
            return template;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or InvalidOperationException)
        {
            throw new CqoDocsException($"模板不是有效的 Word 文档（.docx）：{e.Message}", file: name, inner: e);
        }
    }

    /// <summary>Fills the template and writes the .docx to <paramref name="output"/>; nothing is written when the data does not fit.</summary>
    /// <param name="words">Word boundaries for titles broken into lines ({{标题|标题}}); null breaks between characters.</param>
    public void Render(IReadOnlyDictionary<string, object?> data, Stream output, WordSplitter? words = null)
    {
        // Built in memory and written at once: a zip writer seeks back over each entry's header, which
        // on a file means many small writes.
        using var buffer = RenderToMemory(data, words);
        buffer.WriteTo(output);
    }

    public byte[] Render(IReadOnlyDictionary<string, object?> data, WordSplitter? words = null)
    {
        using var buffer = RenderToMemory(data, words);
        return buffer.ToArray();
    }

    /// <summary>
    /// One document holding every entry, each starting on a new page with its page numbers from 1: a batch
    /// ready to print. Headers and footers are filled from the first entry.
    /// </summary>
    public void RenderCombined(IReadOnlyList<IReadOnlyDictionary<string, object?>> entries, Stream output, WordSplitter? words = null, Action<int>? progress = null)
    {
        var parts = RenderParts(entries[0], words);
        var bodies = new List<string>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var filled = i == 0 ? parts : RenderParts(entries[i], words);
            bodies.Add(filled.TryGetValue(_package.MainEntry, out var main) ? Encoding.UTF8.GetString(main) : Encoding.UTF8.GetString(_package.Content(_package.MainEntry)!));
            progress?.Invoke(i + 1);
        }
        parts[_package.MainEntry] = Encoding.UTF8.GetBytes(CombinedBody.Join(bodies));
        using var buffer = new MemoryStream();
        _package.Write(buffer, parts);
        buffer.WriteTo(output);
    }

    private MemoryStream RenderToMemory(IReadOnlyDictionary<string, object?> data, WordSplitter? words)
    {
        var parts = RenderParts(data, words);
        var buffer = new MemoryStream(_package.Size / 2);
        _package.Write(buffer, parts);
        return buffer;
    }

    /// <summary>Every part's XML, filled, before anything is written: a data error leaves no trace.</summary>
    private Dictionary<string, byte[]> RenderParts(IReadOnlyDictionary<string, object?> data, WordSplitter? words)
    {
        var result = new Dictionary<string, byte[]>(_parts.Count + 1, StringComparer.Ordinal);
        var text = new StringBuilder();
        var numbering = _numbering is null ? null : new NumberingRestarts(_numbering);
        foreach (var (part, entry) in _parts)
        {
            text.Clear();
            new PartRenderer(Name, text, words, numbering).Render(part.Nodes, new DataScope(data));
            if (entry == _package.MainEntry) _keepWithSignature?.Apply(text);
            result[entry] = Encoding.UTF8.GetBytes(text.ToString());
        }
        if (numbering?.NumberingPart() is { } renumbered) result[_numbering!.Entry] = renumbered;
        return result;
    }

    /// <summary>A .dotx (Word template) becomes a document, so that its copies open as documents.</summary>
    private static byte[] AsDocument(byte[] bytes)
    {
        using (var probe = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false))
        {
            if (probe.DocumentType == WordprocessingDocumentType.Document) return bytes;
        }
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            document.ChangeDocumentType(WordprocessingDocumentType.Document);
        }
        return stream.ToArray();
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
