using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace CqoDocs.Core.Templates;

/// <summary>
/// A Word template read and compiled once, then filled any number of times (safely from several threads):
/// each fill copies the template package in memory and rewrites only the parts that hold tags.
/// </summary>
internal sealed class DocxTemplate
{
    private readonly byte[] _package;
    private readonly IReadOnlyList<CompiledPart> _parts;

    private DocxTemplate(string name, byte[] package, IReadOnlyList<CompiledPart> parts, string? title, string? description)
    {
        Name = name;
        _package = package;
        _parts = parts;
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
            var package = AsDocument(bytes);
            using var stream = new MemoryStream(package, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var main = document.MainDocumentPart ?? throw new CqoDocsException("文件里没有正文部分，不是 Word 文档", file: name);
            var parts = TemplateParts.Of(document)
                .Select(p => PartCompiler.Compile(p, main, name))
                .OfType<CompiledPart>()
                .ToList();
            var properties = document.PackageProperties;
            return new DocxTemplate(name, package, parts, NullIfEmpty(properties.Title), NullIfEmpty(properties.Description));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or InvalidOperationException)
        {
            throw new CqoDocsException($"模板不是有效的 Word 文档（.docx）：{e.Message}", file: name, inner: e);
        }
    }

    /// <summary>Fills the template and writes the .docx to <paramref name="output"/>; nothing is written when the data does not fit.</summary>
    public void Render(IReadOnlyDictionary<string, object?> data, Stream output)
    {
        var rendered = RenderParts(data);
        using var buffer = new MemoryStream(_package.Length + rendered.Sum(r => r.Xml.Length));
        buffer.Write(_package);
        using (var document = WordprocessingDocument.Open(buffer, isEditable: true))
        {
            var main = document.MainDocumentPart!;
            foreach (var (part, xml) in rendered)
            {
                var target = part.RelationshipId is null ? main : main.GetPartById(part.RelationshipId);
                using var content = new MemoryStream(xml);
                target.FeedData(content);
            }
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    public byte[] Render(IReadOnlyDictionary<string, object?> data)
    {
        using var output = new MemoryStream();
        Render(data, output);
        return output.ToArray();
    }

    /// <summary>Every part's XML, filled, before anything is written: a data error leaves no trace.</summary>
    private List<(CompiledPart Part, byte[] Xml)> RenderParts(IReadOnlyDictionary<string, object?> data)
    {
        var result = new List<(CompiledPart, byte[])>(_parts.Count);
        var text = new StringBuilder();
        foreach (var part in _parts)
        {
            text.Clear();
            new PartRenderer(Name, text).Render(part.Nodes, new DataScope(data));
            result.Add((part, Encoding.UTF8.GetBytes(text.ToString())));
        }
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
