using System.IO.Compression;

namespace CqoDocs.Core.Templates;

/// <summary>
/// A template is a zip file, and a few kilobytes of zip can inflate to gigabytes. Before any part is
/// inflated, every entry's stated size and compression ratio are checked against what a real Word
/// document needs; inflating then stops at the stated size, so a lying header cannot slip past.
/// </summary>
internal static class PackageLimits
{
    public const long MaxPackageBytes = 64L * 1024 * 1024;
    public const long MaxPartBytes = 64L * 1024 * 1024;
    public const long MaxTotalBytes = 256L * 1024 * 1024;
    public const int MaxEntries = 10_000;
    /// <summary>Word's XML compresses 5–30 times; a thousand times is a bomb, not a document.</summary>
    private const long MaxRatio = 1000;
    private const long RatioCheckedAbove = 1024 * 1024;

    public static void Check(byte[] package, string name)
    {
        if (package.LongLength > MaxPackageBytes) throw Fault(name, $"文件超过 {MaxPackageBytes / 1024 / 1024} MB");
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new CqoDocsException($"模板不是有效的 Word 文档（.docx）：{e.Message}", file: name, inner: e);
        }
        using (zip)
        {
            if (zip.Entries.Count > MaxEntries) throw Fault(name, $"压缩包里有 {zip.Entries.Count} 个文件");
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > MaxPartBytes) throw Fault(name, $"部件 {entry.FullName} 解压后有 {entry.Length / 1024 / 1024} MB");
                if (entry.Length > RatioCheckedAbove && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength))
                {
                    throw Fault(name, $"部件 {entry.FullName} 的压缩比异常（{entry.CompressedLength} 字节解压成 {entry.Length} 字节）");
                }
            }
            if (total > MaxTotalBytes) throw Fault(name, $"解压后共 {total / 1024 / 1024} MB");
        }
    }

    /// <summary>Inflates one entry, failing when it holds more than its header said.</summary>
    public static byte[] Inflate(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var buffer = new byte[entry.Length];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0) break;
            read += n;
        }
        if (read != buffer.Length || stream.ReadByte() >= 0) throw new InvalidDataException($"部件 {entry.FullName} 的大小与压缩包记录不符");
        return buffer;
    }

    private static CqoDocsException Fault(string name, string detail) =>
        new($"模板不是正常的 Word 文档：{detail}，拒绝解压", file: name);
}
