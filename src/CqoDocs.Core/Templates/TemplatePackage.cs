using System.IO.Compression;

namespace CqoDocs.Core.Templates;

/// <summary>
/// The files of a template's zip package, read once. Each fill writes a new package: the parts that
/// hold tags are replaced by their filled XML and the others are copied, so no package is parsed again.
/// </summary>
internal sealed class TemplatePackage
{
    private const int SmallPart = 2048;
    private readonly List<(string Name, byte[] Content)> _entries;

    public TemplatePackage(byte[] package, Uri mainPart)
    {
        using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        _entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).Select(e => (e.FullName, PackageLimits.Inflate(e))).ToList();
        MainEntry = EntryFor(mainPart);
    }

    /// <summary>The zip entry of the main document part (word/document.xml).</summary>
    public string MainEntry { get; }

    /// <summary>The template's files uncompressed, in bytes: a guide for buffer sizes.</summary>
    public int Size => _entries.Sum(e => e.Content.Length);

    /// <summary>An entry's content as the template holds it; null when there is no such entry.</summary>
    public byte[]? Content(string name) => _entries.FirstOrDefault(e => e.Name == name).Content;

    /// <summary>The zip entry that holds a part, from the part's URI (/word/document.xml → word/document.xml).</summary>
    public string EntryFor(Uri partUri)
    {
        var path = Uri.UnescapeDataString(partUri.OriginalString).TrimStart('/');
        return _entries.Select(e => e.Name).FirstOrDefault(n => string.Equals(Uri.UnescapeDataString(n), path, StringComparison.OrdinalIgnoreCase))
            ?? throw new CqoDocsException($"模板包中找不到部件 {path}");
    }

    /// <summary>Every document written from this package says it was generated here (see <see cref="GeneratedMark"/>).</summary>
    public void MarkAsGenerated()
    {
        foreach (var (name, content) in GeneratedMark.Apply(n => Content(n)).ToList())
        {
            var at = _entries.FindIndex(e => e.Name == name);
            if (at >= 0) _entries[at] = (name, content);
            else _entries.Add((name, content));
        }
    }

    /// <summary>Writes the package with the given entries' content replaced.</summary>
    public void Write(Stream output, IReadOnlyDictionary<string, byte[]> replaced)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, content) in _entries)
        {
            var bytes = replaced.TryGetValue(name, out var filled) ? filled : content;
            // Setting up a compressor costs more than a few hundred bytes save: small parts are stored.
            var entry = zip.CreateEntry(name, bytes.Length <= SmallPart ? CompressionLevel.NoCompression : CompressionLevel.Fastest);
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }
}
