using System.Security.Cryptography;
using System.Text;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Corpus;

/// <summary>Loads a corpus from a folder of .md files or from the copy embedded in this assembly.</summary>
public static class CorpusLoader
{
    public const string BundledOrigin = "内置语料库";
    private const string ResourcePrefix = "corpus/";

    public static CorpusSet LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new CqoDocsException("语料库文件夹不存在", directory);
        return Load(FolderFiles(directory).Select(f => (Path.GetFileName(f), f, ReadBytes(f))), Path.GetFullPath(directory));
    }

    public static CorpusSet LoadBundled() => Load(BundledFiles(), BundledOrigin);

    /// <summary>The hash of the bundled corpus without parsing it: cheap enough for every start-up.</summary>
    public static string BundledContentHash() => Hash(BundledFiles().Select(f => (f.Name, f.Bytes)));

    /// <summary>The hash of a corpus folder without parsing it.</summary>
    public static string DirectoryContentHash(string directory) =>
        Hash(FolderFiles(directory).Select(f => (Path.GetFileName(f), ReadBytes(f))));

    /// <summary>A folder's corpus files in a fixed order (the hash depends on it); dot files are temporaries.</summary>
    private static IEnumerable<string> FolderFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.md", SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal);

    private static IEnumerable<(string Name, string Path, byte[] Bytes)> BundledFiles()
    {
        var assembly = typeof(CorpusLoader).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var file = name[ResourcePrefix.Length..];
            yield return (file, file, memory.ToArray());
        }
    }

    private static CorpusSet Load(IEnumerable<(string Name, string Path, byte[] Bytes)> files, string origin)
    {
        var documents = new List<Document>();
        var hashInput = new List<(string, byte[])>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, path, bytes) in files)
        {
            hashInput.Add((name, bytes));
            var document = CorpusMarkdown.Read(Decode(bytes, path), path);
            if (seen.TryGetValue(document.Id, out var other))
                throw new CqoDocsException($"文件编号“{document.Id}”与 {other} 重复", path, field: "id");
            seen[document.Id] = path;
            documents.Add(document);
        }
        var ordered = documents
            .OrderByDescending(d => d.Date ?? DateOnly.MinValue)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        return new CorpusSet(ordered, Hash(hashInput), origin);
    }

    private static string Hash(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(name));
            sha.AppendData([0]);
            sha.AppendData(BitConverter.GetBytes((long)bytes.Length));
            sha.AppendData(bytes);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CqoDocsException($"无法读取：{e.Message}", path, inner: e);
        }
    }

    private static string Decode(byte[] bytes, string path)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw new CqoDocsException("语料文件应为 UTF-8 编码", path);
        }
    }
}
