using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace CqoDocs.Core.Templates;

/// <summary>
/// A custom document property (File → Properties → Custom in Word: 由 cqodocs 生成) that every generated
/// .docx carries, and a comment line after a PDF's end marker: how `generate --out` tells a document it
/// wrote earlier, which it may replace, from a file of the user's, which it must not.
/// </summary>
internal static class GeneratedMark
{
    public const string PropertyName = "由 cqodocs 生成";
    private const string PdfTrailer = "\n% cqodocs generated\n";
    private const string CustomPart = "docProps/custom.xml";
    private const string CustomType = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
    private const string CustomRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
    private const string FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
    private static readonly XNamespace Properties = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The package entries to add or replace so that the package carries the mark.</summary>
    public static IEnumerable<(string Name, byte[] Content)> Apply(Func<string, byte[]?> entry)
    {
        var custom = entry(CustomPart) is { } existing ? XDocument.Load(new MemoryStream(existing)) : new XDocument(new XElement(Properties + "Properties", new XAttribute(XNamespace.Xmlns + "vt", Types)));
        var root = custom.Root!;
        root.Elements(Properties + "property").Where(p => (string?)p.Attribute("name") == PropertyName).Remove();
        var pid = root.Elements(Properties + "property").Select(p => (int?)p.Attribute("pid") ?? 1).DefaultIfEmpty(1).Max() + 1;
        root.Add(new XElement(Properties + "property",
            new XAttribute("fmtid", FormatId), new XAttribute("pid", pid), new XAttribute("name", PropertyName),
            new XElement(Types + "bool", "true")));
        yield return (CustomPart, Bytes(custom));
        if (entry(CustomPart) is not null) yield break;

        if (entry("[Content_Types].xml") is { } typesBytes)
        {
            var types = XDocument.Load(new MemoryStream(typesBytes));
            types.Root!.Add(new XElement(ContentTypes + "Override", new XAttribute("PartName", "/" + CustomPart), new XAttribute("ContentType", CustomType)));
            yield return ("[Content_Types].xml", Bytes(types));
        }
        if (entry("_rels/.rels") is { } relsBytes)
        {
            var rels = XDocument.Load(new MemoryStream(relsBytes));
            var ids = rels.Root!.Elements().Select(r => (string?)r.Attribute("Id")).ToHashSet();
            var id = Enumerable.Range(1, 1000).Select(i => $"rIdCqo{i}").First(i => !ids.Contains(i));
            rels.Root.Add(new XElement(Relationships + "Relationship", new XAttribute("Id", id), new XAttribute("Type", CustomRelationship), new XAttribute("Target", CustomPart)));
            yield return ("_rels/.rels", Bytes(rels));
        }
    }

    /// <summary>Appends the mark to a PDF (after %%EOF, where readers ignore it).</summary>
    public static void AppendToPdf(Stream pdf) => pdf.Write(Encoding.ASCII.GetBytes(PdfTrailer));

    /// <summary>Whether a file is a document this tool wrote: a .docx with the property, a PDF with the trailer.</summary>
    public static bool IsGenerated(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read);
            if (stream.Length < 4) return false;
            var head = new byte[4];
            stream.ReadExactly(head);
            if (head.AsSpan().SequenceEqual("%PDF"u8))
            {
                var tail = new byte[Math.Min(64, stream.Length)];
                stream.Seek(-tail.Length, SeekOrigin.End);
                stream.ReadExactly(tail);
                return Encoding.ASCII.GetString(tail).EndsWith(PdfTrailer, StringComparison.Ordinal);
            }
            if (head[0] != 'P' || head[1] != 'K' || stream.Length > PackageLimits.MaxPackageBytes) return false;
            stream.Position = 0;
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var custom = zip.GetEntry(CustomPart);
            if (custom is null || custom.Length > 1024 * 1024) return false;
            var text = Encoding.UTF8.GetString(PackageLimits.Inflate(custom));
            return text.Contains($"name=\"{PropertyName}\"", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return false;
        }
    }

    private static byte[] Bytes(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            document.Save(writer);
        }
        return stream.ToArray();
    }
}
